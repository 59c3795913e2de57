package org.opensrdi.examples;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.Submission;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SpecResources;
import org.opensrdi.sdk.validation.InputFormat;
import org.opensrdi.sdk.validation.Validator;

/**
 * How to embed the SDK: validate a submission in all five layers, print what is wrong and where,
 * and use an accepted submission as a typed object. After {@code mvn install}, run it with
 * {@code mvn -q -pl examples exec:java}; add
 * {@code -Dexec.args=examples/submissions/broken.invalid.json} to see a rejected one.
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

        // 1. Build the validator once and share it: it is immutable and thread-safe. Always give
        //    the as-of date: designation terms and fiscal years are judged against it.
        Validator validator = Validator.builder().asOf(LocalDate.of(2025, 1, 31)).build();

        // 2. Validate. Files, streams of NDJSON or CSV work the same way; memory stays flat.
        ValidationReport report;
        try (InputStream stream = SpecResources.open(example)) {
            report = validator.validate(stream, example, InputFormat.SUBMISSION_JSON);
        }
        System.out.printf("%s: %s, %d records read, %d accepted, %d rejected%n", example,
                report.getAccepted() ? "accepted" : "NOT accepted", report.getCounts().getRecordsRead(),
                report.getCounts().getRecordsAccepted(), report.getCounts().getRecordsRejected());
        for (IssueGroup group : report.getIssueGroups()) {
            for (ValidationIssue issue : group.getIssues()) {
                // Act on codes and pointers; show the message in the user's language.
                System.out.printf("  %s %s %s: %s%n", issue.getSeverity(), issue.getCode(),
                        issue.getLocation().getPointer(), issue.getMessage().getZh());
            }
        }
        if (!report.getAccepted()) {
            return;
        }

        // 3. An accepted submission maps onto the generated model.
        Submission submission;
        try (InputStream stream = SpecResources.open(example)) {
            submission = OpenSrdi.jsonMapper().readValue(stream, Submission.class);
        }
        System.out.println("submission " + submission.getSubmissionId() + " from "
                + submission.getSubmittingJurisdiction() + " with " + submission.getRecords().size() + " records");
    }
}
