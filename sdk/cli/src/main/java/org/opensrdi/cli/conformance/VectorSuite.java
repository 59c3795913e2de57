package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The vectors of a suite directory, {@code <capability>/<specVersion>/*.json}, in a fixed order:
 * capability, spec version and file name, then the order of the tests in their file.
 */
public final class VectorSuite {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SPEC_VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    private VectorSuite() {
    }

    /**
     * Reads every vector file under a directory and checks the structure the runner relies on
     * (the full format is {@code vector.schema.json}, checked by the suite's own tests).
     *
     * @param directory the vectors directory
     * @return the vectors, in order
     * @throws SuiteException if a file is not a vector file or two tests share an id
     */
    public static List<Vector> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new SuiteException(directory + ": no such directory of vectors");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory, 3)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> directory.relativize(file).getNameCount() == 3)
                    .filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": " + e.getMessage(), e);
        }
        List<Vector> vectors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            for (Vector vector : read(directory, file)) {
                if (!ids.add(vector.qualifiedId())) {
                    throw new SuiteException(vector.file() + ": the id " + vector.qualifiedId() + " is used twice");
                }
                vectors.add(vector);
            }
        }
        return vectors;
    }

    private static List<Vector> read(Path directory, Path file) {
        Path relative = directory.relativize(file);
        String name = relative.toString().replace('\\', '/');
        String capability = relative.getName(0).toString();
        String specVersion = relative.getName(1).toString();
        JsonNode root;
        try {
            root = ConformanceJson.read(file);
        } catch (UncheckedIOException e) {
            throw new SuiteException(e.getMessage());
        }
        require(NAME.matcher(capability).matches(), name, "the directory is not a capability name");
        require(SPEC_VERSION.matcher(specVersion).matches(), name, "the directory is not a MAJOR.MINOR spec version");
        require(root.isObject(), name, "not a JSON object");
        require(capability.equals(root.path("capability").asText()), name,
                "\"capability\" must be " + capability + ", the name of its directory");
        require(specVersion.equals(root.path("specVersion").asText()), name,
                "\"specVersion\" must be " + specVersion + ", the name of its directory");
        JsonNode tests = root.path("tests");
        require(tests.isArray() && !tests.isEmpty(), name, "\"tests\" must be a non-empty array");
        String fileAsOf = root.path("asOf").isTextual() ? root.get("asOf").textValue() : null;
        List<Vector> vectors = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            JsonNode test = tests.get(i);
            String where = name + " /tests/" + i;
            require(test.path("id").isTextual() && NAME.matcher(test.get("id").textValue()).matches(), where,
                    "\"id\" must be lower-case words joined by hyphens");
            require(test.path("description").isTextual(), where, "\"description\" is required");
            require(test.path("specReference").isTextual(), where, "\"specReference\" is required");
            require(test.path("input").isObject(), where, "\"input\" must be an object");
            require(test.path("expected").isObject(), where, "\"expected\" must be an object");
            String asOf = test.path("asOf").isTextual() ? test.get("asOf").textValue() : fileAsOf;
            vectors.add(new Vector(capability, specVersion, test.get("id").textValue(), name,
                    test.get("description").textValue(), test.get("specReference").textValue(), asOf,
                    test.get("input"), test.get("expected")));
        }
        return vectors;
    }

    private static void require(boolean condition, String where, String message) {
        if (!condition) {
            throw new SuiteException(where + ": " + message);
        }
    }

    /** A vectors directory or file the runner cannot use; the suite is wrong, not the implementation. */
    public static final class SuiteException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /**
         * An exception.
         *
         * @param message the file and what is wrong with it
         */
        public SuiteException(String message) {
            super(message);
        }
    }
}
