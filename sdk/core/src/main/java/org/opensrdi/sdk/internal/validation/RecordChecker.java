package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Layers 2–4 for one record: JSON Schema, Bean Validation of the generated model, record rules.
 * Thread-safe; one instance serves every worker. Internal, not API.
 */
public final class RecordChecker {

    private final Schema recordSchema;
    private final SchemaPrecheck schemaPrecheck;
    private final ObjectReader recordReader;
    private final jakarta.validation.Validator beanValidator;
    private final BeanPrecheck beanPrecheck;
    private final IssueCatalogue catalogue;
    private final SchemaIssues schemaIssues;
    private final RecordRules rules;
    private final NdjsonLines lines;

    /**
     * A checker.
     *
     * @param recordSchema the compiled SubmissionRecord schema
     * @param schemaPrecheck the fast pass that spares json-schema-validator on certainly valid records
     * @param mapper the mapper that turns trees into model objects
     * @param beanValidator a Bean Validation validator
     * @param beanPrecheck the fast pass that spares the Bean Validation validator on certainly valid records
     * @param catalogue the issue catalogue
     * @param rules the record rules
     * @param lines reads NDJSON lines that the reader only split
     */
    RecordChecker(Schema recordSchema, SchemaPrecheck schemaPrecheck, ObjectMapper mapper,
            jakarta.validation.Validator beanValidator, BeanPrecheck beanPrecheck, IssueCatalogue catalogue,
            RecordRules rules, NdjsonLines lines) {
        this.recordSchema = recordSchema;
        this.schemaPrecheck = schemaPrecheck;
        this.recordReader = mapper.readerFor(SubmissionRecord.class);
        this.beanValidator = beanValidator;
        this.beanPrecheck = beanPrecheck;
        this.catalogue = catalogue;
        this.schemaIssues = new SchemaIssues(catalogue);
        this.rules = rules;
        this.lines = lines;
    }

    /**
     * Checks one record.
     *
     * @param unread the record as read (an NDJSON line is read into a tree here, on the worker)
     * @return its issues and the facts the dataset rules need
     */
    public CheckedRecord check(RawRecord unread) {
        RawRecord raw = unread.line() != null ? lines.read(unread) : unread;
        List<Issue> issues = new ArrayList<>(raw.syntaxIssues());
        JsonNode node = raw.node();
        if (node == null) {
            return CheckedRecord.broken(raw, locate(raw, issues));
        }
        IssueLocation at = raw.location();
        // Layer 2: json-schema-validator decides, unless the precheck is certain that it would
        // find nothing.
        if (!schemaPrecheck.certainlyValid(node)) {
            List<Error> errors = recordSchema.validate(node);
            if (!errors.isEmpty()) {
                for (Error error : errors) {
                    issues.add(schemaIssues.toIssue(error, at));
                }
                return CheckedRecord.broken(raw, locate(raw, issues));
            }
        }
        SubmissionRecord record;
        try {
            record = recordReader.readValue(node);
        } catch (Exception e) {
            issues.add(catalogue.issue("SRDI-E3001", at, "detail", String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            return CheckedRecord.broken(raw, locate(raw, issues));
        }
        // Layer 3: Hibernate Validator decides, unless the precheck is certain that it would find
        // nothing.
        Set<ConstraintViolation<SubmissionRecord>> violations = beanPrecheck.certainlyValid(record) ? Set.of()
                : beanValidator.validate(record);
        if (!violations.isEmpty()) {
            for (ConstraintViolation<SubmissionRecord> violation : violations) {
                String pointer = "/" + violation.getPropertyPath().toString().replace('.', '/')
                        .replaceAll("\\[(\\d+)\\]", "/$1");
                issues.add(catalogue.issue("SRDI-E3001", at.withPointer(pointer), "detail",
                        violation.getPropertyPath() + " " + violation.getMessage()));
            }
            return CheckedRecord.broken(raw, locate(raw, issues));
        }
        if (record.getEnterprise() != null) {
            rules.checkEnterprise(record.getEnterprise(), at, "/enterprise", issues::add);
        } else if (record.getDesignation() != null) {
            rules.checkDesignation(record.getDesignation(), at, "/designation", issues::add);
        } else if (record.getEvent() != null) {
            rules.checkEvent(record.getEvent(), at, "/event", issues::add);
        } else if (record.getCountedItem() != null) {
            rules.checkCountedItem(record.getCountedItem(), at, "/countedItem", issues::add);
        }
        return CheckedRecord.read(raw, record, locate(raw, issues));
    }

    Schema recordSchema() {
        return recordSchema;
    }

    SchemaPrecheck schemaPrecheck() {
        return schemaPrecheck;
    }

    jakarta.validation.Validator beanValidator() {
        return beanValidator;
    }

    BeanPrecheck beanPrecheck() {
        return beanPrecheck;
    }

    NdjsonLines lines() {
        return lines;
    }

    private static List<Issue> locate(RawRecord raw, List<Issue> issues) {
        if (raw.csvColumns() == null) {
            return issues;
        }
        List<Issue> located = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            located.add(new Issue(issue.code(), issue.severity(), raw.csvColumns().locate(issue.location()),
                    issue.messageZh(), issue.messageEn()));
        }
        return located;
    }

    /** The facts of a checked record that the dataset rules and the report need. */
    public record CheckedRecord(IssueLocation location, List<Issue> issues, boolean parsed, Enterprise enterprise,
            Designation designation, String eventUscc, String countedItemJurisdiction, String id) {

        static CheckedRecord broken(RawRecord raw, List<Issue> issues) {
            return new CheckedRecord(raw.location(), issues, false, null, null, null, null, null);
        }

        static CheckedRecord read(RawRecord raw, SubmissionRecord record, List<Issue> issues) {
            String id = record.getDesignation() != null ? record.getDesignation().getId()
                    : record.getEvent() != null ? record.getEvent().getId()
                    : record.getCountedItem() != null ? record.getCountedItem().getId() : null;
            return new CheckedRecord(raw.location(), issues, true, record.getEnterprise(), record.getDesignation(),
                    record.getEvent() == null ? null : record.getEvent().getEnterpriseUscc(),
                    record.getCountedItem() == null ? null : record.getCountedItem().getJurisdiction(), id);
        }

        /**
         * Whether any issue of the record is ERROR or FATAL.
         *
         * @return {@code true} if rejected so far
         */
        public boolean rejected() {
            for (Issue issue : issues) {
                if (issue.rejects()) {
                    return true;
                }
            }
            return false;
        }
    }

    static String lower(Object o) {
        return String.valueOf(o).toLowerCase(Locale.ROOT);
    }
}
