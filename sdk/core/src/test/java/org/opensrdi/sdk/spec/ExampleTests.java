package org.opensrdi.sdk.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SchemaViolation;
import org.opensrdi.sdk.SpecResources;

/**
 * Every example of the spec, {@code examples/<kind>s/<name>.json}, follows the schema
 * {@code <kind>.schema.json} (enterprises → enterprise, policy-packs → policy-pack,
 * validation-reports → validation-report, ...), and goes through the generated model unchanged:
 * read into its class, valid for Bean Validation, written back to the same JSON. An example named
 * {@code *.invalid.json} shows a mistake and must fail the schema.
 */
class ExampleTests {

    private static final String EXAMPLES = "examples/";
    private static final String INVALID_SUFFIX = ".invalid.json";

    private static final SchemaValidator SCHEMAS = SchemaValidator.create();
    private static final JsonMapper MAPPER = OpenSrdi.jsonMapper();
    private static ValidatorFactory beanValidation;

    @BeforeAll
    static void startBeanValidation() {
        beanValidation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stopBeanValidation() {
        beanValidation.close();
    }

    @Test
    void theSpecShipsExamples() {
        assertThat(examplePaths()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleFollowsItsSchemaAndRoundTripsThroughTheModel() {
        Map<String, String> componentNames = SpecModel.componentNamesBySchemaFile();
        return examplePaths().stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            String schemaFile = schemaFileOf(path);
            JsonNode example = SpecResources.json(path);
            List<SchemaViolation> violations = SCHEMAS.validate(example, schemaFile);
            if (path.endsWith(INVALID_SUFFIX)) {
                assertThat(violations).as("%s must break %s", path, schemaFile).isNotEmpty();
                return;
            }
            assertThat(violations).as("%s against %s", path, schemaFile).isEmpty();

            String component = componentNames.get(schemaFile);
            assertThat(component).as("component of %s in %s", schemaFile, SpecModel.OPENAPI).isNotNull();
            Class<?> type = SpecModel.modelClass(component).orElseThrow();
            Object value = MAPPER.treeToValue(example, type);

            Validator validator = beanValidation.getValidator();
            Set<ConstraintViolation<Object>> constraintViolations = validator.validate(value);
            assertThat(constraintViolations).as("%s as %s: Bean Validation", path, type.getSimpleName())
                    .extracting(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                    .isEmpty();

            JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
            assertThat(firstDifference("", example, written))
                    .as("%s written back from %s", path, type.getSimpleName())
                    .isEmpty();
        }));
    }

    private static List<String> examplePaths() {
        return SpecResources.paths().stream()
                .filter(path -> path.startsWith(EXAMPLES) && path.endsWith(".json"))
                .toList();
    }

    /** {@code examples/policy-packs/x.json} → {@code policy-pack.schema.json}, which must exist. */
    private static String schemaFileOf(String path) {
        String[] parts = path.split("/");
        assertThat(parts).as("%s: examples live in examples/<kind>s/", path).hasSize(3);
        String kinds = parts[1];
        String schemaFile = kinds.substring(0, kinds.length() - 1) + ".schema.json";
        assertThat(kinds).as("%s: the directory is a plural", path).endsWith("s");
        assertThat(SpecResources.schemaFileNames()).as("%s: schema for examples/%s/", path, kinds)
                .contains(schemaFile);
        return schemaFile;
    }

    /**
     * Where two JSON values differ, as a JSON Pointer and both values, or empty if they are the
     * same. Numbers must be equal as decimals including their scale: the SDK promises exact
     * amounts, so an example's 1000.00 must come back as 1000.00, not 1000.0 or 1E+3. (Jackson's
     * own tree equality would accept those, comparing decimals by value only.)
     */
    private static Optional<String> firstDifference(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().equals(actual.decimalValue())
                    ? Optional.empty()
                    : difference(pointer, expected, actual);
        }
        if (expected.getNodeType() != actual.getNodeType() || expected.size() != actual.size()) {
            return difference(pointer, expected, actual);
        }
        if (expected.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String here = pointer + "/" + SchemaTree.escape(name);
                if (!actual.has(name)) {
                    return Optional.of(here + ": missing");
                }
                Optional<String> difference = firstDifference(here, expected.get(name), actual.get(name));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> difference = firstDifference(pointer + "/" + i, expected.get(i), actual.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : difference(pointer, expected, actual);
    }

    private static Optional<String> difference(String pointer, JsonNode expected, JsonNode actual) {
        return Optional.of(pointer + ": expected " + expected + " but was " + actual);
    }
}
