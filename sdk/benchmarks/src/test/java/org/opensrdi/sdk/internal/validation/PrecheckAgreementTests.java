package org.opensrdi.sdk.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opensrdi.benchmarks.SubmissionGenerator;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.sdk.OpenSrdi;

/**
 * The prechecks never speak for a validator that would object: on thousands of mutated records
 * (values swapped for edge cases of every keyword, properties removed and added), whenever the
 * schema precheck is certain, json-schema-validator reports nothing, and whenever the bean
 * precheck is certain, Hibernate Validator reports nothing. And they are certain often enough to
 * matter. (A differential test of internals; it lives here, with the generator it needs.)
 */
class PrecheckAgreementTests {

    /** JSON texts of values at or around the edges of the schema's and the model's constraints. */
    private static final String[] EDGE_VALUES = {"null", "true", "0", "-0", "-0.0", "1", "-1", "0.01", "0.001", "7.00",
        "7.001", "1E+2", "1e-2", "100.10", "1000000000000000", "1000000000000000.00", "1000000000000000.01",
        "-1000000000000000", "999999999999999.99", "9007199254740993", "123456789012345678901234567890", "1979",
        "1980", "2100", "2101", "2024.0", "\"\"", "\"x\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"0000-01-01\"",
        "\"9999-12-31\"", "\"2024-1-1\"", "\" 2024-01-01\"", "\"2024-01-01T00:00:00\"", "\"652722\"", "\"652722\\n\"",
        "\"65272２\"", "\"91652722MA775N4CXC\"", "\"91652722MA775N4CXC\\n\"", "\"91652722MA775N4CXI\"",
        "\"" + "𠀀".repeat(101) + "\"", "\"" + "𠀀".repeat(199) + "\"", "\"" + "中".repeat(201) + "\"",
        "\"ACTIVE\"", "\"PROVINCIAL\"", "\"SRDI_SME\"", "\"active\"", "[]", "[1]", "{}", "{\"a\":1}"};

    @Test
    void whenAPrecheckIsCertainTheFullValidatorAgrees() throws IOException {
        ValidationEngine engine = new ValidationEngine(SubmissionGenerator.Settings.DEFAULT_AS_OF,
                com.fasterxml.jackson.core.StreamReadConstraints.defaults(), 1 << 24, OpenSrdi.specVersion());
        RecordChecker checker = engine.checker();
        List<JsonNode> edges = new ArrayList<>();
        for (String text : EDGE_VALUES) {
            edges.add(engine.mapper().readTree(text));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SubmissionGenerator(SubmissionGenerator.Settings.of(2_000)).write(out);
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            try {
                records.add(engine.mapper().readTree(line));
            } catch (IOException e) {
                // a broken line of the generator
            }
        }
        SplittableRandom random = new SplittableRandom(20261123);
        int schemaCertain = 0;
        int beanCertain = 0;
        for (int round = 0; round < 15_000; round++) {
            JsonNode tree = records.get(random.nextInt(records.size())).deepCopy();
            int mutations = random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                mutate(tree, edges, random, 0);
            }
            boolean certain = checker.schemaPrecheck().certainlyValid(tree);
            boolean valid = checker.recordSchema().validate(tree).isEmpty();
            if (certain) {
                schemaCertain++;
                assertThat(valid).as("networknt objects to a record the schema precheck was certain of: %s", tree).isTrue();
            }
            if (!valid) {
                continue;
            }
            SubmissionRecord model;
            try {
                model = engine.mapper().treeToValue(tree, SubmissionRecord.class);
            } catch (IOException e) {
                continue;
            }
            if (checker.beanPrecheck().certainlyValid(model)) {
                beanCertain++;
                assertThat(checker.beanValidator().validate(model))
                        .as("Hibernate Validator objects to a record the bean precheck was certain of: %s", tree).isEmpty();
            }
        }
        assertThat(schemaCertain).isGreaterThan(3_000);
        assertThat(beanCertain).isGreaterThan(3_000);
    }

    /** Replaces, removes or adds one value somewhere in the tree. */
    private static void mutate(JsonNode node, List<JsonNode> edges, SplittableRandom random, int depth) {
        if (node instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode child = object.get(name);
            int choice = random.nextInt(10);
            if (choice < 4 && depth < 6 && child.isContainerNode() && child.size() > 0) {
                mutate(child, edges, random, depth + 1);
            } else if (choice < 8) {
                object.set(name, edges.get(random.nextInt(edges.size())).deepCopy());
            } else if (choice < 9) {
                object.remove(name);
            } else {
                object.set(random.nextBoolean() ? "extra" : "nameEn", edges.get(random.nextInt(edges.size())).deepCopy());
            }
        } else if (node instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean() && array.get(index).isContainerNode()) {
                mutate(array.get(index), edges, random, depth + 1);
            } else {
                array.set(index, edges.get(random.nextInt(edges.size())).deepCopy());
            }
        }
    }
}
