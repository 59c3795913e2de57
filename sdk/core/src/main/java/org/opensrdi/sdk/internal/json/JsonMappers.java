package org.opensrdi.sdk.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Builds the Jackson mapper the SDK reads and writes OpenSRDI documents with.
 *
 * <p>Internal, not API: use {@code OpenSrdi.jsonMapper()}.
 */
public final class JsonMappers {

    /** Deeper than any OpenSRDI document; stops hostile input before it exhausts the stack. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longer than any amount or count in the spec; stops quadratic-time number parsing. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Larger than any single text in a record (policy texts included). */
    public static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;

    private JsonMappers() {
    }

    /**
     * A new mapper: amounts as exact decimals (trailing zeros kept), ISO 8601 dates with their
     * offsets kept, unknown and duplicate properties rejected, null properties left out, input
     * size bounded.
     *
     * @return the mapper
     */
    public static JsonMapper create() {
        return create(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
    }

    /**
     * A mapper configured like {@link #create()} but with other read limits (the validator's).
     *
     * @param limits the read limits
     * @return the mapper
     */
    public static JsonMapper create(StreamReadConstraints limits) {
        JsonFactory factory = JsonFactory.builder()
                // {"uscc": "A", "uscc": "B"} is a mistake, not a document whose last value wins.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(limits)
                .build();
        return configure(JsonMapper.builder(factory)).build();
    }

    /**
     * A mapper for reading untrusted input as trees, record by record (the validator's): like
     * {@link #create(StreamReadConstraints)}, but duplicate keys are rejected by the tree reader
     * after the value was read, not by the parser in the middle of it, so that the parser stays in
     * step and the next record can still be read.
     *
     * @param limits the read limits
     * @return the mapper
     */
    public static JsonMapper createForTrees(StreamReadConstraints limits) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits).build();
        return configure(JsonMapper.builder(factory))
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    private static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .addModule(new JavaTimeModule())
                // Exact decimals in trees and objects alike: "1000.00" stays 1000.00.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Keep "+08:00" as written instead of moving every timestamp to UTC.
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    }
}
