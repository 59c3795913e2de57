package org.opensrdi.conformance;

import java.nio.file.Path;
import java.util.List;
import org.opensrdi.cli.conformance.ExpectedFailures;
import org.opensrdi.cli.conformance.Vector;
import org.opensrdi.cli.conformance.VectorSuite;

/** Where the suite is, and its vectors and the Java SDK's expected failures, read once. */
final class Suite {

    /** The conformance-tests directory (set by the build; the working directory otherwise). */
    static final Path ROOT = Path.of(System.getProperty("opensrdi.conformance", ".")).toAbsolutePath().normalize();
    static final Path VECTORS = ROOT.resolve("vectors");
    static final Path EXPECTED_FAILURES = ROOT.resolve("expected-failures/opensrdi-java.json");

    private static List<Vector> vectors;
    private static ExpectedFailures expectedFailures;

    private Suite() {
    }

    static synchronized List<Vector> vectors() {
        if (vectors == null) {
            vectors = VectorSuite.load(VECTORS);
        }
        return vectors;
    }

    static synchronized ExpectedFailures expectedFailures() {
        if (expectedFailures == null) {
            expectedFailures = ExpectedFailures.read(EXPECTED_FAILURES);
        }
        return expectedFailures;
    }
}
