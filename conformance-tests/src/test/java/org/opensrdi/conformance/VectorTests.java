package org.opensrdi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opensrdi.cli.conformance.Comparison;
import org.opensrdi.cli.conformance.ConformanceJson;
import org.opensrdi.cli.conformance.SdkAdapter;
import org.opensrdi.cli.conformance.Vector;

/**
 * Every vector of the suite against the Java SDK, in-process: the adapter of {@code opensrdi
 * conformance serve} computes the output and the runner's comparison decides, as README.md says. A
 * vector listed in {@code expected-failures/opensrdi-java.json} must still fail: when it starts to
 * pass, this test fails until the list is updated.
 */
class VectorTests {

    private static final SdkAdapter ADAPTER = new SdkAdapter();

    @TestFactory
    Stream<DynamicNode> everyVectorAgainstTheJavaSdk() {
        Map<String, List<Vector>> byFile = new LinkedHashMap<>();
        for (Vector vector : Suite.vectors()) {
            byFile.computeIfAbsent(vector.file(), f -> new ArrayList<>()).add(vector);
        }
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(vector -> DynamicTest.dynamicTest(vector.id() + ": " + vector.description(),
                        () -> check(vector)))));
    }

    private static void check(Vector vector) {
        String reason = Suite.expectedFailures().reason(vector.qualifiedId());
        Optional<String> difference;
        JsonNode actual = null;
        try {
            actual = ADAPTER.run(vector.capability(), vector.input(), vector.asOf());
            difference = Comparison.difference(vector.capability(), vector.expected(), actual);
        } catch (RuntimeException e) {
            difference = Optional.of("error: " + e);
        }
        String where = vector.qualifiedId() + " (" + vector.file() + ", " + vector.specReference() + ")";
        if (reason != null) {
            assertThat(difference).as("%s passes, but it is listed as an expected failure (%s): remove it from %s",
                    where, reason, Suite.EXPECTED_FAILURES.getFileName()).isPresent();
            return;
        }
        assertThat(difference).as("%s%n  expected %s%n  actual   %s", where, ConformanceJson.line(vector.expected()),
                actual == null ? "nothing" : ConformanceJson.line(actual)).isEmpty();
    }

    @Test
    void everyExpectedFailureNamesAVectorOfTheSuite() {
        List<String> ids = Suite.vectors().stream().map(Vector::qualifiedId).toList();
        assertThat(Suite.expectedFailures().reasons().keySet()).as("ids in %s", Suite.EXPECTED_FAILURES).isSubsetOf(ids);
    }
}
