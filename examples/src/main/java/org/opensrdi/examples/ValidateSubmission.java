package org.opensrdi.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.opensrdi.model.Submission;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SchemaViolation;
import org.opensrdi.sdk.SpecResources;

/**
 * How to embed the SDK: read a submission, validate it against the specification, and use it as
 * a typed object. After {@code mvn install}, run it with {@code mvn -q -pl examples exec:java};
 * add {@code -Dexec.args=examples/submissions/broken.invalid.json} to see violations.
 */
public final class ValidateSubmission {

    private ValidateSubmission() {
    }

    /**
     * Validates one example submission of the specification and prints the outcome.
     *
     * @param args optionally the spec path of a submission example
     * @throws IOException if the example cannot be read
     */
    public static void main(String[] args) throws IOException {
        String example = args.length > 0 ? args[0] : "examples/submissions/jinghe-2024.json";

        // 1. Read the document as a JSON tree, with the SDK's mapper (exact decimals, ISO dates).
        JsonNode document;
        try (InputStream stream = SpecResources.open(example)) {
            document = OpenSrdi.jsonMapper().readTree(stream);
        }

        // 2. Validate it. Create the validator once and share it: it is thread-safe.
        SchemaValidator validator = SchemaValidator.create();
        List<SchemaViolation> violations = validator.validate(document, "submission.schema.json");
        if (!violations.isEmpty()) {
            System.out.println(example + " is invalid:");
            for (SchemaViolation violation : violations) {
                System.out.println("  " + violation.instanceLocation() + " [" + violation.keyword() + "] "
                        + violation.message());
            }
            return;
        }

        // 3. Valid documents map onto the generated model.
        Submission submission = OpenSrdi.jsonMapper().treeToValue(document, Submission.class);
        System.out.println(example + " is valid: submission " + submission.getSubmissionId() + " from "
                + submission.getSubmittingJurisdiction() + " with " + submission.getRecords().size() + " records");
    }
}
