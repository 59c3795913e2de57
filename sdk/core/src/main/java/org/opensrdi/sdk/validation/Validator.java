package org.opensrdi.sdk.validation;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.internal.validation.RawRecord;
import org.opensrdi.sdk.internal.validation.ValidationEngine;
import org.opensrdi.sdk.internal.validation.ValidationRun;

/**
 * Validates submissions in five layers — syntax and encoding, JSON Schema, Bean Validation, record
 * rules, dataset rules — and returns a {@link ValidationReport} in which every record is accounted
 * for ({@code recordsRead = recordsAccepted + recordsRejected}). Inputs are streamed: memory does not
 * grow with the size of a file. See {@code spec/docs/validation.md} for the codes and rules.
 *
 * <p>Build one with {@link #builder()} (or {@link #defaults()}) and share it: a validator is
 * immutable and thread-safe, and each {@code validate} call is an independent run.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().asOf(LocalDate.of(2025, 6, 30)).build();
 * ValidationReport report = validator.validate(Path.of("jinghe-2024.ndjson"));
 * if (!report.getAccepted()) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Validator {

    /** The engine name and version written into reports. */
    public static final String ENGINE = "opensrdi-java " + OpenSrdi.specVersion();

    private final LocalDate asOf;
    private final int maxIssuesPerCode;
    private final int threads;
    private final ProgressListener progress;
    private final ValidationEngine engine;

    private Validator(Builder builder) {
        this.asOf = builder.asOf != null ? builder.asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        this.maxIssuesPerCode = builder.maxIssuesPerCode;
        this.threads = builder.threads;
        this.progress = builder.progress;
        this.engine = new ValidationEngine(asOf, builder.limits, builder.maxRecordBytes, OpenSrdi.specVersion());
    }

    /**
     * A validator with the default settings: as-of today in Asia/Shanghai, 100 issues listed per
     * code, one thread, the limits of spec/docs/validation.md §2.
     *
     * @return the validator
     */
    public static Validator defaults() {
        return builder().build();
    }

    /**
     * A builder for a validator.
     *
     * @return a builder with the default settings
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The as-of date this validator evaluates rules at.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Validates files as one dataset (dataset rules look across all of them); the format of each
     * follows from its name ({@link InputFormat#of(Path)}).
     *
     * @param files the files, in order
     * @return the report
     * @throws OpenSrdiException if a file cannot be opened or read
     */
    public ValidationReport validate(Path... files) {
        return validate(List.of(files));
    }

    /**
     * Validates files as one dataset; see {@link #validate(Path...)}.
     *
     * @param files the files, in order
     * @return the report
     * @throws OpenSrdiException if a file cannot be opened or read
     */
    public ValidationReport validate(List<Path> files) {
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(new Input(file.toString(), InputFormat.of(file), () -> Files.newInputStream(file)));
        }
        return run(inputs);
    }

    /**
     * Validates one stream.
     *
     * @param in the input; read to its end and closed
     * @param sourceName the name issues give as their source
     * @param format the input's format
     * @return the report
     * @throws OpenSrdiException if the stream cannot be read
     */
    public ValidationReport validate(InputStream in, String sourceName, InputFormat format) {
        Objects.requireNonNull(in, "in");
        return run(List.of(new Input(sourceName, format, () -> in)));
    }

    /**
     * Validates one record given as a model object (layers 2 to 4; dataset rules need a dataset).
     *
     * @param record the record
     * @return its issues, empty when it is valid
     */
    public List<Issue> validateRecord(SubmissionRecord record) {
        Objects.requireNonNull(record, "record");
        IssueLocation at = new IssueLocation("record", "", 0L, null, null, null);
        return engine.checker().check(RawRecord.of(at, OpenSrdi.jsonMapper().valueToTree(record), List.of())).issues();
    }

    private ValidationReport run(List<Input> inputs) {
        ExecutorService workers = threads > 1 ? Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "opensrdi-validate");
            thread.setDaemon(true);
            return thread;
        }) : null;
        try {
            ValidationRun run = new ValidationRun(engine, workers, threads, progress, maxIssuesPerCode);
            List<String> names = new ArrayList<>();
            int lastSubmission = -1;
            for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i).format() == InputFormat.SUBMISSION_JSON) {
                    lastSubmission = i;
                }
            }
            for (int i = 0; i < inputs.size(); i++) {
                Input input = inputs.get(i);
                names.add(input.name());
                try (InputStream in = input.opener().open()) {
                    run.read(in, input.name(), input.format(), i <= lastSubmission);
                } catch (IOException e) {
                    throw new OpenSrdiException(input.name() + ": cannot read: " + e.getMessage(), e);
                }
            }
            run.finish();
            return run.report().build(OpenSrdi.specVersion(), ENGINE, asOf, names);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    private record Input(String name, InputFormat format, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Settings of a validator. Not thread-safe; {@link #build()} makes the immutable validator.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private LocalDate asOf;
        private int maxIssuesPerCode = 100;
        private int threads = 1;
        private ProgressListener progress = ProgressListener.NONE;
        private int maxRecordBytes = 16 * 1024 * 1024;
        private StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxNumberLength(64)
                .maxStringLength(1_000_000)
                .build();

        private Builder() {
        }

        /**
         * The as-of date rules are evaluated at.
         *
         * @param date the date
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * How many issues of one code a report lists; the rest are counted.
         *
         * @param max zero or more
         * @return this builder
         */
        public Builder maxIssuesPerCode(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxIssuesPerCode must be zero or more, not " + max);
            }
            this.maxIssuesPerCode = max;
            return this;
        }

        /**
         * How many threads check records (layers 2–4); reading and dataset rules use the calling thread.
         *
         * @param count one or more
         * @return this builder
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be one or more, not " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * Who is told about progress.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The read limits (nesting depth, number and string length, document length).
         *
         * @param constraints Jackson's stream read constraints
         * @return this builder
         */
        public Builder limits(StreamReadConstraints constraints) {
            this.limits = Objects.requireNonNull(constraints, "constraints");
            return this;
        }

        /**
         * The most bytes of one NDJSON line.
         *
         * @param bytes one or more
         * @return this builder
         */
        public Builder maxRecordBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxRecordBytes must be one or more, not " + bytes);
            }
            this.maxRecordBytes = bytes;
            return this;
        }

        /**
         * The validator.
         *
         * @return a new, immutable validator
         */
        public Validator build() {
            return new Validator(this);
        }
    }
}
