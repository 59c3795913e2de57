package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opensrdi.benchmarks.SubmissionGenerator;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.identifiers.Uscc;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro benchmarks of the validator's hot paths, each over the same 64 valid records of the
 * generator (seed 42: enterprises, designations and events as they come), reported per record:
 * reading a line into a tree, the schema layer (json-schema-validator alone, and as the engine runs
 * it: the precheck), tree to model, the Bean Validation layer (Hibernate Validator alone, and the
 * precheck), the record rules, the whole of layers 2–4 ({@link RecordChecker#check}) and the USCC
 * check characters. In this package because most of these are internal. Run with
 * {@code java -jar target/benchmarks.jar} (see README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LayerBenchmarks {

    private static final int RECORDS = 64;

    private ValidationEngine engine;
    private BeanPrecheck beanPrecheck;
    private jakarta.validation.Validator beanValidator;
    private SchemaPrecheck schemaPrecheck;
    private final byte[][] lines = new byte[RECORDS][];
    private final JsonNode[] trees = new JsonNode[RECORDS];
    private final SubmissionRecord[] models = new SubmissionRecord[RECORDS];
    private final String[] usccs = new String[RECORDS];
    private final IssueLocation at = new IssueLocation("benchmark.ndjson", "", 0L, 1, 1, null);

    /**
     * Builds the engine and the records.
     *
     * @throws IOException never: the records are generated in memory
     */
    @Setup
    public void setUp() throws IOException {
        engine = new ValidationEngine(SubmissionGenerator.Settings.DEFAULT_AS_OF,
                com.fasterxml.jackson.core.StreamReadConstraints.defaults(), 16 * 1024 * 1024, OpenSrdi.specVersion());
        beanValidator = engine.checker().beanValidator();
        beanPrecheck = engine.checker().beanPrecheck();
        schemaPrecheck = engine.checker().schemaPrecheck();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SubmissionGenerator(new SubmissionGenerator.Settings(RECORDS, 42, 0, SubmissionGenerator.Format.NDJSON,
                "000000", SubmissionGenerator.Settings.DEFAULT_AS_OF)).write(out);
        List<String> text = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
        for (int i = 0; i < RECORDS; i++) {
            lines[i] = text.get(i).getBytes(StandardCharsets.UTF_8);
            trees[i] = engine.mapper().readTree(lines[i]);
            models[i] = engine.mapper().treeToValue(trees[i], SubmissionRecord.class);
            usccs[i] = models[i].getEnterprise() != null ? models[i].getEnterprise().getUscc()
                    : models[i].getDesignation() != null ? models[i].getDesignation().getEnterpriseUscc()
                    : models[i].getEvent().getEnterpriseUscc();
            if (!engine.checker().check(RawRecord.of(at, trees[i], List.of())).issues().isEmpty()) {
                throw new IllegalStateException("record " + i + " of the benchmark is not valid");
            }
        }
    }

    /**
     * Reading a record: UTF-8 and NUL check, Jackson tree, shape (what the worker does with a line).
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void readLine(Blackhole sink) {
        for (byte[] line : lines) {
            sink.consume(engine.checker().lines().read(RawRecord.unread(at, line)));
        }
    }

    /**
     * Jackson's {@code readTree} of a line alone.
     *
     * @param sink JMH's sink
     * @throws IOException never for these records
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void jacksonReadTree(Blackhole sink) throws IOException {
        for (byte[] line : lines) {
            sink.consume(engine.mapper().readTree(line));
        }
    }

    /**
     * Layer 2 with json-schema-validator alone, as every record paid before the precheck.
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void schemaNetworknt(Blackhole sink) {
        for (JsonNode tree : trees) {
            sink.consume(engine.checker().recordSchema().validate(tree));
        }
    }

    /**
     * Layer 2 as the engine runs it on a valid record: the precheck alone decides.
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void schemaPrecheck(Blackhole sink) {
        for (JsonNode tree : trees) {
            sink.consume(schemaPrecheck.certainlyValid(tree));
        }
    }

    /**
     * Tree to model objects (Jackson data binding).
     *
     * @param sink JMH's sink
     * @throws IOException never for these records
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void treeToModel(Blackhole sink) throws IOException {
        for (JsonNode tree : trees) {
            sink.consume(engine.mapper().treeToValue(tree, SubmissionRecord.class));
        }
    }

    /**
     * Layer 3 with Hibernate Validator alone.
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void beanHibernateValidator(Blackhole sink) {
        for (SubmissionRecord model : models) {
            sink.consume(beanValidator.validate(model));
        }
    }

    /**
     * Layer 3 as the engine runs it on a valid record: the precheck alone decides.
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void beanPrecheck(Blackhole sink) {
        for (SubmissionRecord model : models) {
            sink.consume(beanPrecheck.certainlyValid(model));
        }
    }

    /**
     * Layer 4: the record rules.
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void recordRules(Blackhole sink) {
        RecordRules rules = engine.recordRules();
        List<Issue> issues = new ArrayList<>();
        for (SubmissionRecord model : models) {
            if (model.getEnterprise() != null) {
                rules.checkEnterprise(model.getEnterprise(), at, "/enterprise", issues::add);
            } else if (model.getDesignation() != null) {
                rules.checkDesignation(model.getDesignation(), at, "/designation", issues::add);
            } else {
                rules.checkEvent(model.getEvent(), at, "/event", issues::add);
            }
        }
        sink.consume(issues);
    }

    /**
     * Layers 2–4 of a tree: {@link RecordChecker#check}.
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void recordCheck(Blackhole sink) {
        for (JsonNode tree : trees) {
            sink.consume(engine.checker().check(RawRecord.of(at, tree, List.of())));
        }
    }

    /**
     * A line to checked record: reading and layers 2–4, all a worker does for a record.
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void recordCheckFromLine(Blackhole sink) {
        for (byte[] line : lines) {
            sink.consume(engine.checker().check(RawRecord.unread(at, line)));
        }
    }

    /**
     * Both USCC check characters (GB 32100 and GB 11714).
     *
     * @param sink JMH's sink
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void usccCheck(Blackhole sink) {
        for (String uscc : usccs) {
            sink.consume(Uscc.isValid(uscc));
        }
    }
}
