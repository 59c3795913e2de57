package org.opensrdi.cli.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code opensrdi conformance run --impl COMMAND}: runs the conformance vectors against an
 * implementation that speaks the harness protocol, prints a pass/fail matrix per capability and
 * optionally writes the JSON report. Exit code 0 when nothing failed (expected failures aside), 1
 * when a vector failed, errored or passed unexpectedly, 2 for a usage mistake or an unusable suite.
 */
@Command(name = "run",
        description = {
            "Runs the conformance vectors against an implementation that speaks the harness protocol.",
            "Exit code: 0 passed, 1 a vector failed, errored or passed unexpectedly, 2 usage or suite error."},
        sortOptions = false)
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--impl", required = true, paramLabel = "COMMAND",
            description = "The implementation's command line, run through the shell, e.g. \"opensrdi conformance serve\".")
    private String implementation;

    @Option(names = "--vectors", paramLabel = "DIR", defaultValue = "conformance-tests/vectors",
            description = "The vectors directory (default: ${DEFAULT-VALUE}).")
    private Path vectors;

    @Option(names = "--expected-failures", paramLabel = "FILE",
            description = "The implementation's list of known failures (expected-failures.schema.json).")
    private Path expectedFailures;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the JSON report here.")
    private Path report;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest one request may take (default: ${DEFAULT-VALUE}); "
                    + "the start exchange gets at least 60.")
    private int timeoutSeconds;

    @Option(names = "--capability", paramLabel = "NAME",
            description = "Run only this capability (repeatable), e.g. identifiers.")
    private List<String> capabilities;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds < 1) {
            err.println("opensrdi: --timeout must be at least 1 second");
            return CommandLine.ExitCode.USAGE;
        }
        List<Vector> suite;
        ExpectedFailures known;
        try {
            suite = VectorSuite.load(vectors);
            known = expectedFailures == null ? ExpectedFailures.none() : ExpectedFailures.read(expectedFailures);
        } catch (VectorSuite.SuiteException e) {
            err.println("opensrdi: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (capabilities != null) {
            suite = suite.stream().filter(vector -> capabilities.contains(vector.capability())).toList();
        }
        if (suite.isEmpty()) {
            err.println("opensrdi: " + vectors + ": no vectors to run");
            return CommandLine.ExitCode.USAGE;
        }
        Runner.RunResult run = new Runner(implementation, Path.of("").toAbsolutePath(), Duration.ofSeconds(timeoutSeconds))
                .run(suite, known);
        RunReport.print(run, vectors.toString(), spec.commandLine().getOut());
        if (report != null) {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ConformanceJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValue(report.toFile(), RunReport.json(run, vectors.toString()));
        }
        return run.passed() ? 0 : 1;
    }
}
