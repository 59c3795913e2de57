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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.hibernate.validator.HibernateValidator;
import org.opensrdi.model.SubmissionRecord;
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
    private final IssueCatalogue catalogue;
    private final CodeLists codeLists;
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
        // Hibernate Validator starts on a second thread while this one reads the specification: the
        // two are the larger part of a short run (a few records from the command line).
        FutureTask<BeanLayer> beans = new FutureTask<>(ValidationEngine::beanLayer);
        startOrRun(beans);
        this.limits = limits;
        this.maxRecordBytes = maxRecordBytes;
        this.supportedSpecVersion = supportedSpecVersion;
        this.catalogue = IssueCatalogue.get();
        this.codeLists = CodeLists.get();
        this.mapper = JsonMappers.createForTrees(limits);
        this.mapper.registerModule(IsoDates.module());
        SchemaRegistry registry = SpecSchemaRegistry.create();
        this.recordSchema = registry.getSchema(SchemaLocation.of(
                SpecSchemaRegistry.id("submission.schema.json") + "#/$defs/SubmissionRecord"));
        this.recordSchema.initializeValidators();
        this.submissionSchema = registry.getSchema(SchemaLocation.of(SpecSchemaRegistry.id("submission.schema.json")));
        this.submissionSchema.initializeValidators();
        this.schemaIssues = new SchemaIssues(catalogue);
        this.recordRules = new RecordRules(codeLists, catalogue, asOf);
        this.syntaxErrors = new SyntaxErrors(catalogue, limits);
        SchemaPrecheck precheck = SchemaPrecheck.compile("submission.schema.json", "/$defs/SubmissionRecord",
                recordSchema.getSchemaContext());
        BeanLayer beanLayer = join(beans);
        this.checker = new RecordChecker(recordSchema, precheck, mapper, beanLayer.validator(), beanLayer.precheck(),
                catalogue, recordRules, new NdjsonLines(mapper, catalogue, syntaxErrors));
    }

    /** Layer 3: the Bean Validation validator and its precheck, ready for the model's classes. */
    private record BeanLayer(jakarta.validation.Validator validator, BeanPrecheck precheck) {
    }

    private static BeanLayer beanLayer() {
        jakarta.validation.Validator beanValidator = Validation.byProvider(HibernateValidator.class).configure()
                // Bean Validation details are quoted in both messages of SRDI-E3001; keep them English
                // whatever the machine's locale.
                .defaultLocale(java.util.Locale.ENGLISH)
                .buildValidatorFactory().getValidator();
        BeanPrecheck precheck = new BeanPrecheck(beanValidator);
        precheck.prepare(SubmissionRecord.class);
        return new BeanLayer(beanValidator, precheck);
    }

    private static void startOrRun(FutureTask<?> task) {
        try {
            Thread thread = new Thread(task, "opensrdi-init");
            thread.setDaemon(true);
            thread.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            task.run(); // no thread to be had: do it here
        }
    }

    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the validator started", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    RecordReader open(InputStream in, String source, InputFormat format) throws IOException {
        return switch (format) {
            case NDJSON -> new NdjsonReader(in, source, catalogue, maxRecordBytes);
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
        if (!found.matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)")) {
            return null; // not a version at all: the schema layer reports its form (SRDI-E2004)
        }
        boolean compatible = theirs[0].equals(ours[0])
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
