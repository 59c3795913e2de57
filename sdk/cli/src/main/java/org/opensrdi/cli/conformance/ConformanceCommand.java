package org.opensrdi.cli.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code opensrdi conformance}: runs the language-neutral conformance vectors against any
 * implementation ({@code run}) and serves the Java SDK to such a runner ({@code serve}). The
 * protocol, the vector format and the comparison rules are in {@code conformance-tests/README.md}.
 */
@Command(name = "conformance",
        description = {
            "Runs the OpenSRDI conformance suite against an implementation, or serves this SDK to a runner.",
            "The protocol and the vectors: conformance-tests/README.md."},
        mixinStandardHelpOptions = true,
        subcommands = {RunCommand.class, ServeCommand.class})
public final class ConformanceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * Without a subcommand: prints the usage and fails.
     *
     * @return the usage-error exit code
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * The version of this command line tool, as its build wrote it into {@code cli.properties}.
     *
     * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
     */
    static String toolVersion() {
        Properties properties = new Properties();
        try (InputStream stream = ConformanceCommand.class.getResourceAsStream("/org/opensrdi/cli/cli.properties")) {
            if (stream == null) {
                return "unknown";
            }
            properties.load(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
