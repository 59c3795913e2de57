package org.opensrdi.sdk.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.opensrdi.model.Explanation;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;

/** Turns the engine's JSON traces into the generated {@link Explanation} model. */
final class Explanations {

    private Explanations() {
    }

    /**
     * A new Explanation of a trace.
     *
     * @param trace the trace, per explanation.schema.json
     * @return a new object on every call
     */
    static Explanation of(JsonNode trace) {
        try {
            return OpenSrdi.jsonMapper().treeToValue(trace, Explanation.class);
        } catch (JsonProcessingException e) {
            throw new OpenSrdiException("The explanation does not fit explanation.schema.json: " + e.getMessage(), e);
        }
    }
}
