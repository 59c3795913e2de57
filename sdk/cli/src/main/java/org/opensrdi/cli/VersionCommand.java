package org.opensrdi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code opensrdi version}: prints the versions of the tool and of the specification. */
@Command(name = "version", description = "Prints the versions of this tool and of the OpenSRDI specification.")
final class VersionCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        for (String line : new OpenSrdiCommand.Version().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
    }
}
