package org.opensrdi.sdk.awards;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SchemaViolation;
import org.opensrdi.sdk.SpecResources;
import org.opensrdi.sdk.internal.validation.CodeLists;

/**
 * Policy packs: those the specification ships under {@code policies/} (one per source plan, named
 * after its {@code packId}), found by jurisdiction, or read from a file. Every pack read is checked
 * against policy-pack.schema.json and its {@code specVersion}. Each call returns new objects.
 *
 * @since 0.1.0
 */
public final class PolicyPacks {

    private static final String DIRECTORY = "policies/";
    private static final String SCHEMA = "policy-pack.schema.json";

    private PolicyPacks() {
    }

    /**
     * Every pack the specification ships. They are read and checked once; each call returns new
     * objects.
     *
     * @return the packs, sorted by packId
     * @throws OpenSrdiException if the specification is not on the classpath or a pack is invalid
     */
    public static List<PolicyPack> bundled() {
        List<PolicyPack> packs = new ArrayList<>();
        for (JsonNode tree : Bundled.TREES) {
            packs.add(OpenSrdi.jsonMapper().convertValue(tree, PolicyPack.class));
        }
        return packs;
    }

    /**
     * The shipped packs of exactly one jurisdiction.
     *
     * @param jurisdiction a GB/T 2260 code, e.g. {@code 652722}
     * @return its packs, sorted by packId; empty if the specification has none
     */
    public static List<PolicyPack> bundled(String jurisdiction) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        return bundled().stream().filter(pack -> jurisdiction.equals(pack.getDocument().getJurisdiction())).toList();
    }

    /**
     * The shipped packs whose jurisdiction contains a division: its own and those of its ancestors
     * (for Jinghe, 652722: the packs of 652722, 652700, 650000 and 000000).
     *
     * @param divisionCode a current GB/T 2260 code, usually an enterprise's county
     * @return the packs, highest jurisdiction first, then by packId
     */
    public static List<PolicyPack> bundledApplicableTo(String divisionCode) {
        Objects.requireNonNull(divisionCode, "divisionCode");
        CodeLists codeLists = CodeLists.get();
        return bundled().stream()
                .filter(pack -> codeLists.isWithin(divisionCode, pack.getDocument().getJurisdiction()))
                .sorted(Comparator.comparingInt((PolicyPack pack) -> depth(pack.getDocument().getJurisdiction()))
                        .thenComparing(PolicyPack::getPackId))
                .toList();
    }

    /**
     * Reads a pack from a file.
     *
     * @param file a JSON file
     * @return the pack
     * @throws OpenSrdiException if the file cannot be read, is not JSON, or is not a valid pack of
     *     this specification version (the message names the file and the first problems)
     */
    public static PolicyPack read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new OpenSrdiException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a pack from a stream.
     *
     * @param in the JSON document; read to its end, not closed
     * @param sourceName the name messages give the source
     * @return the pack
     * @throws OpenSrdiException if the stream cannot be read or is not a valid pack
     */
    public static PolicyPack read(InputStream in, String sourceName) {
        JsonNode tree;
        try {
            tree = OpenSrdi.jsonMapper().readTree(in);
        } catch (IOException e) {
            throw new OpenSrdiException(sourceName + ": not JSON: " + e.getMessage(), e);
        }
        return checked(tree, sourceName);
    }

    private static PolicyPack checked(JsonNode tree, String sourceName) {
        if (tree == null || !tree.isObject()) {
            throw new OpenSrdiException(sourceName + ": not a policy pack (not a JSON object)");
        }
        String version = tree.path("specVersion").asText("");
        if (!version.equals(OpenSrdi.specVersion())) {
            throw new OpenSrdiException(sourceName + ": specVersion \"" + version + "\" is not supported; this SDK reads "
                    + OpenSrdi.specVersion());
        }
        List<SchemaViolation> violations = Validators.SCHEMA.validate(tree, SCHEMA);
        if (!violations.isEmpty()) {
            throw new OpenSrdiException(sourceName + ": not a valid policy pack: " + violations.stream().limit(3)
                    .map(violation -> violation.instanceLocation() + " " + violation.message()).collect(Collectors.joining("; "))
                    + (violations.size() > 3 ? "; … " + (violations.size() - 3) + " more" : ""));
        }
        return OpenSrdi.jsonMapper().convertValue(tree, PolicyPack.class);
    }

    /** 0 for the State, 1 for a province, 2 for a prefecture, 3 for a county. */
    private static int depth(String code) {
        if (CodeLists.NATIONAL.equals(code)) {
            return 0;
        }
        return switch (CodeLists.get().levelOf(code).orElse("COUNTY")) {
            case "PROVINCIAL" -> 1;
            case "PREFECTURAL" -> 2;
            default -> 3;
        };
    }

    /** The schema validator, created on first use. */
    private static final class Validators {
        static final SchemaValidator SCHEMA = SchemaValidator.create();
    }

    /** The shipped packs, read and checked once, sorted by packId; never changed. */
    private static final class Bundled {
        static final List<JsonNode> TREES = load();

        private static List<JsonNode> load() {
            List<JsonNode> trees = new ArrayList<>();
            for (String path : SpecResources.paths()) {
                if (path.startsWith(DIRECTORY) && path.endsWith(".json")) {
                    JsonNode tree = SpecResources.json(path);
                    checked(tree, "org/opensrdi/spec/" + path);
                    trees.add(tree);
                }
            }
            trees.sort(Comparator.comparing(tree -> tree.path("packId").asText()));
            return List.copyOf(trees);
        }
    }
}
