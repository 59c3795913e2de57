package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares an implementation's output with a vector's expected output by the rules of
 * {@code conformance-tests/README.md} ("Comparing outputs"): only the canonical members of each
 * capability count, issues and errors are sets, every other array is a multiset, numbers are equal
 * when they are equal as decimals, and text is never compared except codes, keywords, pointers and
 * other identifiers.
 */
public final class Comparison {

    /**
     * Keywords that fail only because a subschema failed; the errors of that subschema are what
     * counts, so these are left out of the canonical form (implementations differ in reporting them).
     */
    private static final Set<String> PASS_THROUGH_KEYWORDS = Set.of("$ref", "$dynamicRef", "allOf", "if", "then",
            "else", "properties", "patternProperties", "items", "prefixItems", "dependentSchemas");

    /**
     * Keywords whose failure is reported by the keyword alone: errors found inside their subschemas
     * (at the same or a deeper location) are ignored, because implementations report the failing
     * branches differently.
     */
    private static final Set<String> OPAQUE_KEYWORDS = Set.of("anyOf", "oneOf", "not", "propertyNames", "contains");

    private static final List<String> IDENTIFIER_MEMBERS =
            List.of("wellFormed", "checkCharacter", "organisationCodeCheckCharacter", "valid");
    private static final List<String> COUNT_MEMBERS = List.of("recordsRead", "recordsAccepted", "recordsRejected");

    private Comparison() {
    }

    /**
     * What differs between the expected and the actual output.
     *
     * @param capability the vector's capability
     * @param expected the expected output, canonical
     * @param actual the implementation's output
     * @return a one-line description of the differences, or empty if they match
     */
    public static Optional<String> difference(String capability, JsonNode expected, JsonNode actual) {
        if (actual == null || !actual.isObject()) {
            return Optional.of("the output is not a JSON object");
        }
        List<String> differences = new ArrayList<>();
        switch (capability) {
            case Protocol.SCHEMA -> schema(expected, actual, differences);
            case Protocol.IDENTIFIERS -> {
                for (String member : IDENTIFIER_MEMBERS) {
                    scalar(member, expected.get(member), actual.get(member), differences);
                }
            }
            case Protocol.SYNTAX, Protocol.RECORD_RULES, Protocol.DATASET_RULES -> validation(expected, actual, differences);
            case Protocol.SIZE_CLASS -> sizeClass(expected, actual, differences);
            case Protocol.TIER_CRITERIA -> tierCriteria(expected, actual, differences);
            case Protocol.AWARDS -> awards(expected, actual, differences);
            case Protocol.TARGETS -> targets(expected, actual, differences);
            // A capability without a canonical form in this runner yet: the members the vector gives.
            default -> generic("", expected, actual, differences);
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    /** README §3.4: the rule set and the class; the set of possible classes when UNDETERMINED is expected. */
    private static void sizeClass(JsonNode expected, JsonNode actual, List<String> differences) {
        scalar("ruleSetId", expected.get("ruleSetId"), actual.get("ruleSetId"), differences);
        scalar("sizeClass", expected.get("sizeClass"), actual.get("sizeClass"), differences);
        if ("UNDETERMINED".equals(expected.path("sizeClass").asText())) {
            sets("possibleClasses", texts(expected.path("possibleClasses")), texts(actual.path("possibleClasses")),
                    differences);
        }
    }

    /**
     * README §3.5: the rule set, the verdict, the points interval (when either side has one), the
     * sets of false and unknown conditions, and the missed elements of a near-miss rule.
     */
    private static void tierCriteria(JsonNode expected, JsonNode actual, List<String> differences) {
        scalar("ruleSetId", expected.get("ruleSetId"), actual.get("ruleSetId"), differences);
        scalar("verdict", expected.get("verdict"), actual.get("verdict"), differences);
        scalar("score.min", expected.path("score").get("min"), actual.path("score").get("min"), differences);
        scalar("score.max", expected.path("score").get("max"), actual.path("score").get("max"), differences);
        sets("failedConditions", texts(expected.path("failedConditions")), texts(actual.path("failedConditions")),
                differences);
        sets("unknownConditions", texts(expected.path("unknownConditions")), texts(actual.path("unknownConditions")),
                differences);
        scalar("missedElements", expected.get("missedElements"), actual.get("missedElements"), differences);
    }

    /**
     * README §3.6: the award lines as a multiset of rule, payer, enterprise and amount or range,
     * amounts compared as exact decimals.
     */
    private static void awards(JsonNode expected, JsonNode actual, List<String> differences) {
        List<String> wanted = awardLines(expected.path("lines"));
        List<String> got = awardLines(actual.path("lines"));
        List<String> missing = new ArrayList<>(wanted);
        got.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(got);
        wanted.forEach(unexpected::remove);
        if (!missing.isEmpty()) {
            differences.add("lines missing " + missing);
        }
        if (!unexpected.isEmpty()) {
            differences.add("lines unexpected " + unexpected);
        }
    }

    /**
     * README §3.7: the targets as a set keyed by target, jurisdiction and year, each with its status,
     * actual value and (when given) numerator and denominator, numbers as exact decimals.
     */
    private static void targets(JsonNode expected, JsonNode actual, List<String> differences) {
        Set<String> wanted = targetEntries(expected.path("targets"));
        Set<String> got = targetEntries(actual.path("targets"));
        sets("targets", wanted, got, differences);
    }

    private static Set<String> targetEntries(JsonNode targets) {
        Set<String> entries = new TreeSet<>();
        for (JsonNode target : targets) {
            String counts = target.hasNonNull("numerator") || target.hasNonNull("denominator")
                    ? " " + decimal(target.get("numerator")) + "/" + decimal(target.get("denominator")) : "";
            entries.add(target.path("targetId").asText() + " " + target.path("jurisdiction").asText() + " "
                    + (target.hasNonNull("year") ? target.get("year").asText() : "-") + " " + target.path("status").asText()
                    + " " + decimal(target.get("actual")) + counts);
        }
        return entries;
    }

    private static List<String> awardLines(JsonNode lines) {
        List<String> keys = new ArrayList<>();
        for (JsonNode line : lines) {
            String amount = line.hasNonNull("amount") ? decimal(line.get("amount"))
                    : line.hasNonNull("range") ? "[" + decimal(line.get("range").get("min")) + ", "
                            + (line.get("range").hasNonNull("max") ? decimal(line.get("range").get("max")) : "") + "]"
                            : "unquantified";
            keys.add(line.path("rule").asText() + " " + line.path("enterpriseUscc").asText() + " payer "
                    + (line.hasNonNull("payer") ? line.get("payer").asText() : "-") + " " + amount);
        }
        Collections.sort(keys);
        return keys;
    }

    /** A number as an exact decimal without trailing zeros, so that 100000 and 100000.00 are one. */
    private static String decimal(JsonNode number) {
        if (number == null || !number.isNumber()) {
            return String.valueOf(number);
        }
        BigDecimal value = number.decimalValue();
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static void schema(JsonNode expected, JsonNode actual, List<String> differences) {
        scalar("valid", expected.get("valid"), actual.get("valid"), differences);
        Set<String> wanted = keywordsAndPointers(expected.path("errors"));
        Set<String> got = keywordsAndPointers(actual.path("errors"));
        for (String error : wanted) {
            String keyword = error.substring(0, error.indexOf(' '));
            if (OPAQUE_KEYWORDS.contains(keyword)) {
                String pointer = pointerOf(error);
                got.removeIf(other -> !other.equals(error) && below(pointerOf(other), pointer));
            }
        }
        sets("errors", wanted, got, differences);
    }

    private static Set<String> keywordsAndPointers(JsonNode errors) {
        Set<String> set = new TreeSet<>();
        for (JsonNode error : errors) {
            String keyword = error.path("keyword").asText();
            if (!PASS_THROUGH_KEYWORDS.contains(keyword)) {
                set.add(keyword + ' ' + shown(error.path("pointer").asText()));
            }
        }
        return set;
    }

    /** A pointer as differences show it: {@code ""} for the whole value, so that it is visible. */
    private static String shown(String pointer) {
        return pointer.isEmpty() ? "\"\"" : pointer;
    }

    /** The pointer of a "keyword pointer" element (a JSON Pointer is empty or starts with a slash). */
    private static String pointerOf(String keywordAndPointer) {
        String pointer = keywordAndPointer.substring(keywordAndPointer.indexOf(' ') + 1);
        return pointer.equals("\"\"") ? "" : pointer;
    }

    private static boolean below(String pointer, String ancestor) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }

    private static void validation(JsonNode expected, JsonNode actual, List<String> differences) {
        scalar("accepted", expected.get("accepted"), actual.get("accepted"), differences);
        sets("issues", issues(expected.path("issues")), issues(actual.path("issues")), differences);
        JsonNode counts = expected.get("counts");
        if (counts != null) {
            for (String member : COUNT_MEMBERS) {
                scalar("counts." + member, counts.get(member), actual.path("counts").get(member), differences);
            }
        }
    }

    private static Set<String> issues(JsonNode issues) {
        Set<String> set = new TreeSet<>();
        for (JsonNode issue : issues) {
            JsonNode index = issue.get("recordIndex");
            set.add(issue.path("code").asText() + ' ' + shown(issue.path("pointer").asText())
                    + (index == null || index.isNull() ? "" : " #" + index.asText()));
        }
        return set;
    }

    private static void sets(String name, Set<String> wanted, Set<String> got, List<String> differences) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(got);
        Set<String> unexpected = new TreeSet<>(got);
        unexpected.removeAll(wanted);
        if (!missing.isEmpty()) {
            differences.add(name + " missing " + quoted(missing));
        }
        if (!unexpected.isEmpty()) {
            differences.add(name + " unexpected " + quoted(unexpected));
        }
    }

    private static String quoted(Set<String> items) {
        List<String> list = new ArrayList<>();
        for (String item : items) {
            list.add("[" + item + "]");
        }
        return String.join(" ", list);
    }

    private static void scalar(String name, JsonNode expected, JsonNode actual, List<String> differences) {
        if (!equal(absentIfNull(expected), absentIfNull(actual))) {
            differences.add(name + ": expected " + show(expected) + ", got " + show(actual));
        }
    }

    private static void generic(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                differences.add(where(path) + ": expected an object, got " + show(actual));
                return;
            }
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                generic(path + "/" + member.getKey(), member.getValue(), actual.get(member.getKey()), differences);
            }
        } else if (!equal(absentIfNull(expected), absentIfNull(actual))) {
            differences.add(where(path) + ": expected " + show(expected) + ", got " + show(actual));
        }
    }

    /**
     * Whether two canonical values are equal: numbers as decimals, arrays as multisets, objects
     * member by member (a null member is an absent one).
     *
     * @param a a value or {@code null} for absent
     * @param b a value or {@code null} for absent
     * @return whether they are equal
     */
    public static boolean equal(JsonNode a, JsonNode b) {
        a = absentIfNull(a);
        b = absentIfNull(b);
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            List<JsonNode> unmatched = new ArrayList<>();
            b.forEach(unmatched::add);
            for (JsonNode item : a) {
                Iterator<JsonNode> candidates = unmatched.iterator();
                boolean found = false;
                while (candidates.hasNext()) {
                    if (equal(item, candidates.next())) {
                        candidates.remove();
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!equal(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return a.getNodeType() == b.getNodeType() && Objects.equals(a, b);
    }

    private static JsonNode absentIfNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private static String where(String path) {
        return path.isEmpty() ? "output" : path;
    }

    private static String show(JsonNode node) {
        JsonNode value = absentIfNull(node);
        return value == null ? "nothing" : ConformanceJson.line(value);
    }
}
