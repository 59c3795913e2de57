package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.hibernate.validator.HibernateValidator;
import org.opensrdi.sdk.internal.json.JsonMappers;
import org.opensrdi.sdk.internal.schema.SpecSchemaRegistry;
import org.opensrdi.sdk.validation.InputFormat;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Everything a validation run shares and that is costly to build: the limits-aware JSON reader, the
 * compiled schemas, the Bean Validation validator, code lists and rules. Immutable and thread-safe.
 * Internal, not API.
 */
public final class ValidationEngine {

    private final StreamReadConstraints limits;
    private final int maxRecordBytes;
    private final ObjectMapper mapper;
    private final IssueCatalogue catalogue = IssueCatalogue.get();
    private final CodeLists codeLists = CodeLists.get();
    private final Schema recordSchema;
    private final Schema submissionSchema;
    private final SchemaIssues schemaIssues;
    private final RecordRules recordRules;
    private final RecordChecker checker;
    private final SyntaxErrors syntaxErrors;
    private final String supportedSpecVersion;

    /**
     * Builds the engine.
     *
     * @param asOf the as-of date of every run
     * @param limits the read limits
     * @param maxRecordBytes the most bytes of one NDJSON line
     * @param supportedSpecVersion the MAJOR.MINOR.PATCH of this specification
     */
    public ValidationEngine(LocalDate asOf, StreamReadConstraints limits, int maxRecordBytes, String supportedSpecVersion) {
        this.limits = limits;
        this.maxRecordBytes = maxRecordBytes;
        this.supportedSpecVersion = supportedSpecVersion;
        this.mapper = JsonMappers.create(limits);
        SchemaRegistry registry = SpecSchemaRegistry.create();
        this.recordSchema = registry.getSchema(SchemaLocation.of(
                SpecSchemaRegistry.id("submission.schema.json") + "#/$defs/SubmissionRecord"));
        this.recordSchema.initializeValidators();
        this.submissionSchema = registry.getSchema(SchemaLocation.of(SpecSchemaRegistry.id("submission.schema.json")));
        this.submissionSchema.initializeValidators();
        this.schemaIssues = new SchemaIssues(catalogue);
        this.recordRules = new RecordRules(codeLists, catalogue, asOf);
        jakarta.validation.Validator beanValidator = Validation.byProvider(HibernateValidator.class).configure()
                // Bean Validation details are quoted in both messages of SRDI-E3001; keep them English
                // whatever the machine's locale.
                .defaultLocale(java.util.Locale.ENGLISH)
                .buildValidatorFactory().getValidator();
        this.checker = new RecordChecker(recordSchema, mapper, beanValidator, catalogue, recordRules);
        this.syntaxErrors = new SyntaxErrors(catalogue, limits);
    }

    RecordReader open(InputStream in, String source, InputFormat format) throws IOException {
        return switch (format) {
            case NDJSON -> new NdjsonReader(in, source, mapper, catalogue, syntaxErrors, maxRecordBytes);
            case CSV -> new CsvReader(in, source, catalogue, syntaxErrors);
            case SUBMISSION_JSON -> new SubmissionJsonReader(in, source, mapper, catalogue, syntaxErrors, this::checkEnvelopeField);
        };
    }

    /** Stops the reading of a document whose spec version this engine does not implement. */
    private Issue checkEnvelopeField(String field, JsonNode value, IssueLocation at) {
        if (!"specVersion".equals(field)) {
            return null;
        }
        String found = value.asText();
        String[] ours = supportedSpecVersion.split("\\.");
        String[] theirs = found.split("\\.");
        boolean compatible = theirs.length == 3 && theirs[0].equals(ours[0])
                && ("0".equals(ours[0]) ? theirs[1].equals(ours[1]) : true);
        return compatible ? null : catalogue.issue("SRDI-F2101", at, "found", found,
                "supported", ours[0] + "." + ours[1] + ".x");
    }

    IssueCatalogue catalogue() {
        return catalogue;
    }

    CodeLists codeLists() {
        return codeLists;
    }

    /**
     * The record checker (layers 2–4).
     *
     * @return the checker
     */
    public RecordChecker checker() {
        return checker;
    }

    RecordRules recordRules() {
        return recordRules;
    }

    Schema submissionSchema() {
        return submissionSchema;
    }

    SchemaIssues schemaIssues() {
        return schemaIssues;
    }

    /**
     * The read limits.
     *
     * @return the limits
     */
    public StreamReadConstraints limits() {
        return limits;
    }

    /**
     * The mapper configured with the limits, for reading single records.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }
}
