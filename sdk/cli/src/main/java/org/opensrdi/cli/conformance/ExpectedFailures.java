package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An implementation's list of vectors it is known to fail, each with the reason: such a vector
 * failing does not fail the run, and passing does (so that the list is kept true). The format is
 * {@code conformance-tests/expected-failures.schema.json}.
 */
public final class ExpectedFailures {

    private static final ExpectedFailures NONE = new ExpectedFailures(Map.of());

    private final Map<String, String> reasons;

    private ExpectedFailures(Map<String, String> reasons) {
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    /**
     * No expected failures.
     *
     * @return the empty list
     */
    public static ExpectedFailures none() {
        return NONE;
    }

    /**
     * Reads a list.
     *
     * @param file the file
     * @return the list
     * @throws VectorSuite.SuiteException if the file cannot be read or has not the expected form
     */
    public static ExpectedFailures read(Path file) {
        JsonNode root;
        try {
            root = ConformanceJson.read(file);
        } catch (UncheckedIOException e) {
            throw new VectorSuite.SuiteException(e.getMessage());
        }
        JsonNode list = root.path("expectedFailures");
        if (!list.isArray()) {
            throw new VectorSuite.SuiteException(file + ": \"expectedFailures\" must be an array");
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (JsonNode entry : list) {
            String id = entry.path("id").asText("");
            String reason = entry.path("reason").asText("");
            if (id.isEmpty() || reason.isEmpty()) {
                throw new VectorSuite.SuiteException(file + ": every expected failure needs an id and a reason");
            }
            if (reasons.put(id, reason) != null) {
                throw new VectorSuite.SuiteException(file + ": " + id + " is listed twice");
            }
        }
        return new ExpectedFailures(reasons);
    }

    /**
     * The reasons by qualified vector id.
     *
     * @return an unmodifiable map, in file order
     */
    public Map<String, String> reasons() {
        return reasons;
    }

    /**
     * The reason a vector is expected to fail.
     *
     * @param qualifiedId the vector's qualified id
     * @return the reason, or {@code null} if it is expected to pass
     */
    public String reason(String qualifiedId) {
        return reasons.get(qualifiedId);
    }
}
