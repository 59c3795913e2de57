package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One test of the suite, as read from its file.
 *
 * @param capability the capability, e.g. {@code record-rules}
 * @param specVersion the specification version, MAJOR.MINOR, e.g. {@code 0.1}
 * @param id the test's id, unique within its capability and spec version
 * @param file the file, relative to the vectors directory, with {@code /} separators
 * @param description what the test shows, in the indicative mood
 * @param specReference the section or rule of the specification it checks
 * @param asOf the as-of date (the test's own, else its file's), or {@code null}
 * @param input the input sent to the implementation
 * @param expected the expected output, in canonical form
 */
public record Vector(String capability, String specVersion, String id, String file, String description,
        String specReference, String asOf, JsonNode input, JsonNode expected) {

    /**
     * The id requests, reports and expected-failure lists use: {@code capability/specVersion/id}.
     *
     * @return the qualified id
     */
    public String qualifiedId() {
        return capability + '/' + specVersion + '/' + id;
    }
}
