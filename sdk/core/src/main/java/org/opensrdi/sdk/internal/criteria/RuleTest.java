package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.SizeClass;
import org.opensrdi.model.Tier;

/**
 * A three-valued test of a rule set (spec/docs/rules/README.md §5), as read from the rule data.
 * Internal, not API.
 */
sealed interface RuleTest {

    /** {@code {"metric": M, "op": OP, "parameter": P | "value": V, "key": K}}. */
    record Compare(String metric, String key, String op, String parameter, BigDecimal value) implements RuleTest {
    }

    /** False if any is false, else unknown if any is unknown, else true. */
    record AllOf(List<RuleTest> tests) implements RuleTest {
    }

    /** True if any is true, else unknown if any is unknown, else false. */
    record AnyOf(List<RuleTest> tests) implements RuleTest {
    }

    /** Swaps true and false. */
    record Not(RuleTest test) implements RuleTest {
    }

    /** {@code {"fact": F, "equals": V}} or {@code {"fact": F, "in": [V…]}}; {@code in} is null for equals. */
    record Fact(String path, JsonNode equalsValue, List<String> in) implements RuleTest {
    }

    /** {@code {"hasDesignation": {...}}}; an empty level set means any level. */
    record HasDesignation(Set<Tier> tiers, Set<Level> levels) implements RuleTest {
    }

    /** {@code {"sizeClassIn": [...]}}. */
    record SizeClassIn(Set<SizeClass> classes) implements RuleTest {
    }

    /** {@code {"recognitionType": T}}. */
    record Recognition(RecognitionType type) implements RuleTest {
    }

    /** {@code {"always": true}}. */
    record Always() implements RuleTest {
    }
}
