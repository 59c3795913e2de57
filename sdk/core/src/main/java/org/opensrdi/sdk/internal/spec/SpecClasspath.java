package org.opensrdi.sdk.internal.spec;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds the files of the OpenSRDI specification on the classpath, where the {@code opensrdi-spec}
 * jar ships them under {@value #ROOT}.
 *
 * <p>Internal, not API: use {@code SpecResources}.
 */
public final class SpecClasspath {

    /** The classpath directory of the specification. */
    public static final String ROOT = "org/opensrdi/spec/";

    /** The list of shipped files, written by the spec build (a jar cannot be listed portably). */
    private static final String INDEX = "spec-index.txt";

    private static volatile List<String> paths;

    private SpecClasspath() {
    }

    /**
     * Opens a file of the specification.
     *
     * @param path the path below {@value #ROOT}, for example {@code schema/enterprise.schema.json}
     * @return the stream, to be closed by the caller
     * @throws FileNotFoundException if the classpath has no such file (the message names it)
     */
    public static InputStream open(String path) throws FileNotFoundException {
        InputStream stream = SpecClasspath.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (stream == null) {
            throw new FileNotFoundException(ROOT + path + " is not on the classpath");
        }
        return stream;
    }

    /**
     * The files the specification ships, read from its index on first use.
     *
     * @return paths below {@value #ROOT}, sorted, unmodifiable
     * @throws IOException if the index is missing or unreadable
     */
    public static List<String> paths() throws IOException {
        List<String> known = paths;
        if (known == null) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(INDEX), StandardCharsets.UTF_8))) {
                known = reader.lines().filter(line -> !line.isEmpty()).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            // Two threads may both read it; they read the same file.
            paths = known;
        }
        return known;
    }
}
