package org.opensrdi.sdk;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.opensrdi.sdk.internal.json.JsonMappers;

/**
 * Entry points of the OpenSRDI SDK.
 *
 * @since 0.1.0
 */
public final class OpenSrdi {

    private static final String SPEC_VERSION = "0.1.0";

    private static final JsonMapper JSON_MAPPER = JsonMappers.create();

    private OpenSrdi() {
    }

    /**
     * The JSON mapper for OpenSRDI documents, shared and thread-safe. It reads and writes the
     * {@code org.opensrdi.model} classes and {@code JsonNode} trees with:
     * <ul>
     *   <li>exact decimals: every non-integer number is a {@code BigDecimal}, trailing zeros kept,
     *       written without exponent;</li>
     *   <li>ISO 8601 dates and date-times, offsets kept as written;</li>
     *   <li>unknown and duplicate properties rejected, {@code null} properties left out;</li>
     *   <li>bounded input: nesting at most 64 deep, numbers at most 64 characters, strings at most
     *       10 MB.</li>
     * </ul>
     * Do not reconfigure it; for a variant, derive one with {@code jsonMapper().rebuild()}.
     *
     * @return the mapper
     * @since 0.1.0
     */
    public static JsonMapper jsonMapper() {
        return JSON_MAPPER;
    }

    /**
     * The version of the OpenSRDI specification this SDK implements.
     *
     * @return the version, for example {@code 0.1.0}
     * @since 0.1.0
     */
    public static String specVersion() {
        return SPEC_VERSION;
    }
}
