package org.opensrdi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.opensrdi.sdk.OpenSrdi;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code opensrdi} command: its subcommands do the work. */
@Command(name = "opensrdi",
        description = "Works with OpenSRDI documents (专精特新梯度培育开放数据规范).",
        mixinStandardHelpOptions = true,
        versionProvider = OpenSrdiCommand.Version.class,
        subcommands = {ValidateCommand.class, EvaluateCommand.class, AwardsCommand.class, ProgressCommand.class,
            SchemaCommand.class,
            org.opensrdi.cli.conformance.ConformanceCommand.class, VersionCommand.class})
public final class OpenSrdiCommand {

    /** Exit code for a usage mistake or a file that cannot be read. */
    static final int USAGE_OR_INPUT_ERROR = CommandLine.ExitCode.USAGE;

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Libraries log through JBoss Logging (Hibernate Validator) and SLF4J; route both to the
        // no-op SLF4J binding so that the terminal shows only what the command prints.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute: any failure becomes one line on stderr, never a trace. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new OpenSrdiCommand());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("opensrdi: " + exception.getMessage());
            return USAGE_OR_INPUT_ERROR;
        });
        return commandLine;
    }

    /** The versions of this tool and of the specification it implements. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"opensrdi " + cliVersion(), "OpenSRDI specification " + OpenSrdi.specVersion()};
        }

        private static String cliVersion() {
            Properties properties = new Properties();
            try (InputStream stream = Version.class.getResourceAsStream("cli.properties")) {
                properties.load(stream);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version");
        }
    }
}
