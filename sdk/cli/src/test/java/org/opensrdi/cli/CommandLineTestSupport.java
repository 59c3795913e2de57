package org.opensrdi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.opensrdi.sdk.SpecResources;
import picocli.CommandLine;

/**
 * What every command test needs: a temporary directory, the command's stdout and stderr, a way to
 * run {@code opensrdi} in-process, and copies of the specification's examples to run it on.
 */
abstract class CommandLineTestSupport {

    @TempDir
    Path directory;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code opensrdi} with the arguments; returns its exit code. */
    int run(String... args) {
        CommandLine commandLine = OpenSrdiCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Copies an example of the spec (path below spec/) into the temporary directory, once. */
    Path copy(String example) throws IOException {
        Path file = directory.resolve(Path.of(example).getFileName());
        if (!Files.exists(file)) {
            try (InputStream stream = SpecResources.open(example)) {
                Files.copy(stream, file);
            }
        }
        return file;
    }
}
