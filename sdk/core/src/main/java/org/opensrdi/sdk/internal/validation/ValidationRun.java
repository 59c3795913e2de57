package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.opensrdi.sdk.validation.InputFormat;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;
import org.opensrdi.sdk.validation.ProgressListener;

/**
 * One validation run over one or more inputs: reads records on the calling thread, checks them in
 * batches on the worker pool (layers 2–4), and applies the dataset rules and the report in input
 * order. At most {@code 2 × threads} batches are in flight, so memory stays bounded whatever the
 * input size. Not thread-safe; one run per call. Internal, not API.
 */
public final class ValidationRun {

    private static final int BATCH_SIZE = 256;
    private static final long PROGRESS_EVERY = 100_000;

    private final ValidationEngine engine;
    private final ExecutorService workers;
    private final int threads;
    private final ProgressListener progress;
    private final ReportAssembler report;
    private final DatasetRules dataset;
    private final Deque<Future<List<RecordChecker.CheckedRecord>>> inFlight = new ArrayDeque<>();
    private final Deque<long[]> inFlightIndexes = new ArrayDeque<>();
    private boolean csvInput;

    /**
     * A run.
     *
     * @param engine the shared engine
     * @param workers the pool for layers 2–4 (unused with one thread)
     * @param threads how many threads check records
     * @param progress told about progress
     * @param maxIssuesPerCode how many issues of one code the report lists
     */
    public ValidationRun(ValidationEngine engine, ExecutorService workers, int threads, ProgressListener progress,
            int maxIssuesPerCode) {
        this.engine = engine;
        this.workers = workers;
        this.threads = threads;
        this.progress = progress;
        this.report = new ReportAssembler(engine.catalogue(), maxIssuesPerCode);
        this.dataset = new DatasetRules(engine.catalogue(), engine.codeLists());
    }

    /**
     * Reads and checks one input.
     *
     * @param in the input; closed by this method
     * @param source the input's name
     * @param format the input's format
     * @param envelopesAhead whether this input or a later one of the run is a Submission document,
     *     whose envelope may name the submitting jurisdiction
     * @throws IOException if the input cannot be read
     */
    public void read(InputStream in, String source, InputFormat format, boolean envelopesAhead) throws IOException {
        csvInput = format == InputFormat.CSV;
        if (!envelopesAhead) {
            // No envelope can name a submitting jurisdiction any more: decide "none" now, as finish()
            // would, rather than keep every division for a check that cannot happen.
            dataset.noSubmittingJurisdictionAhead(report::add);
        }
        try (RecordReader reader = engine.open(in, source, format)) {
            List<RawRecord> batch = new ArrayList<>(BATCH_SIZE);
            long[] indexes = new long[BATCH_SIZE];
            RawRecord raw;
            String jurisdictionSeen = null;
            while ((raw = reader.next()) != null) {
                long index = report.recordRead();
                if (index % PROGRESS_EVERY == 0 && index > 0) {
                    progress.onProgress(source, index);
                }
                if (reader.envelope() != null && jurisdictionSeen == null && reader.envelope().has("submittingJurisdiction")) {
                    jurisdictionSeen = reader.envelope().get("submittingJurisdiction").asText();
                    drain(0);
                    dataset.submittingJurisdiction(jurisdictionSeen, report::add);
                }
                indexes[batch.size()] = index;
                batch.add(raw);
                if (batch.size() == BATCH_SIZE) {
                    submit(batch, indexes);
                    batch = new ArrayList<>(BATCH_SIZE);
                    indexes = new long[BATCH_SIZE];
                }
            }
            submit(batch, indexes);
            drain(0);
            for (Issue issue : reader.documentIssues()) {
                report.add(issue);
            }
            ObjectNode envelope = reader.envelope();
            if (envelope != null) {
                if (reader.completed()) {
                    checkEnvelope(envelope, source);
                }
                if (jurisdictionSeen == null) {
                    JsonNode code = envelope.get("submittingJurisdiction");
                    dataset.submittingJurisdiction(code == null ? null : code.asText(), report::add);
                }
            }
        }
    }

    /**
     * Finishes the run: the dataset rules that needed every record.
     */
    public void finish() {
        dataset.finish(report::add);
    }

    /**
     * The report collected so far.
     *
     * @return the assembler
     */
    public ReportAssembler report() {
        return report;
    }

    private void checkEnvelope(ObjectNode envelope, String source) {
        ObjectNode document = envelope.deepCopy();
        document.putArray("records");
        IssueLocation at = IssueLocation.ofDocument(source, null, null);
        List<Error> errors = engine.submissionSchema().validate(document);
        for (Error error : errors) {
            report.add(engine.schemaIssues().toIssue(error, at));
        }
        JsonNode jurisdiction = envelope.get("submittingJurisdiction");
        if (errors.isEmpty() && jurisdiction != null) {
            engine.recordRules().checkDivision(jurisdiction.asText(), at.withPointer("/submittingJurisdiction"), report::add);
        }
    }

    private void submit(List<RawRecord> batch, long[] indexes) {
        if (batch.isEmpty()) {
            return;
        }
        RecordChecker checker = engine.checker();
        if (threads <= 1) {
            List<RecordChecker.CheckedRecord> checked = new ArrayList<>(batch.size());
            for (RawRecord raw : batch) {
                checked.add(checker.check(raw));
            }
            apply(checked, indexes);
            return;
        }
        drain(threads * 2 - 1);
        inFlight.add(workers.submit(() -> {
            List<RecordChecker.CheckedRecord> checked = new ArrayList<>(batch.size());
            for (RawRecord raw : batch) {
                checked.add(checker.check(raw));
            }
            return checked;
        }));
        inFlightIndexes.add(indexes);
    }

    /** Applies finished batches in order until at most {@code keep} remain in flight. */
    private void drain(int keep) {
        while (inFlight.size() > keep) {
            List<RecordChecker.CheckedRecord> checked;
            try {
                checked = inFlight.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Validation interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A validation worker failed: " + e.getCause(), e.getCause());
            }
            apply(checked, inFlightIndexes.removeFirst());
        }
    }

    private void apply(List<RecordChecker.CheckedRecord> checked, long[] indexes) {
        for (int i = 0; i < checked.size(); i++) {
            RecordChecker.CheckedRecord record = checked.get(i);
            long index = indexes[i];
            for (Issue issue : record.issues()) {
                report.add(index, issue);
            }
            if (record.parsed()) {
                dataset.accept(index, record, csvInput, report::add);
            }
        }
    }
}
