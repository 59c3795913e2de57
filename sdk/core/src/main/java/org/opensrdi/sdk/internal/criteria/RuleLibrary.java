package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.internal.schema.SpecSchemaRegistry;
import org.opensrdi.sdk.internal.spec.SpecClasspath;

/**
 * All rule sets of one rule directory, checked on load against {@code rule-set.schema.json} and the
 * record rules of README §10 that the interpreter relies on, with reuse resolved (README §7.4).
 * Chooses the rule set for a tier and date (README §7.5), the size classification and validity
 * terms in force, and provincial slots (README §8.2). Immutable and thread-safe. Internal, not API.
 */
final class RuleLibrary {

    private static final String RULES = "rules/";
    private static final String SCHEMA = "rule-set.schema.json";

    /**
     * An element of a rule set with the rule set it was written in, whose documents, assumptions
     * and rule date apply to it.
     *
     * @param element the element
     * @param owner its rule set
     * @param <T> the element's type
     */
    record Owned<T>(T element, RuleSet owner) {
    }

    /**
     * A tier rule set with the parts it reuses taken in (README §7.4).
     *
     * @param ruleSet the rule set
     * @param conditions reused conditions, then its own
     * @param scoreTable the points table, or null
     * @param directPaths reused direct paths, then its own
     */
    record Resolved(RuleSet ruleSet, List<Owned<RuleSet.Condition>> conditions, Owned<RuleSet.ScoreTable> scoreTable,
            List<Owned<RuleSet.DirectPath>> directPaths) {

        Optional<Owned<RuleSet.Condition>> condition(String id) {
            return conditions.stream().filter(c -> c.element().id().equals(id)).findFirst();
        }
    }

    /**
     * The rule set chosen for a tier, date and recognition type.
     *
     * @param resolved the rule set
     * @param transitionalUse the transitional use that chose it, or null
     */
    record Selection(Resolved resolved, RuleSet.TransitionalUse transitionalUse) {
    }

    private final Map<String, RuleSet> byId;
    private final Map<String, Resolved> resolved = new HashMap<>();
    /** The first day of the 2026 regime: the earliest start of a 2026 rule set (2026-04-01). */
    private final LocalDate start2026;

    private RuleLibrary(List<RuleSet> ruleSets) {
        Map<String, RuleSet> ids = new LinkedHashMap<>();
        for (RuleSet ruleSet : ruleSets) {
            RuleSet previous = ids.putIfAbsent(ruleSet.id(), ruleSet);
            if (previous != null) {
                throw new OpenSrdiException(ruleSet.source() + ": rule set id " + ruleSet.id() + " is also used by "
                        + previous.source());
            }
        }
        this.byId = Map.copyOf(ids);
        this.start2026 = ruleSets.stream().filter(r -> "2026".equals(r.regime())).map(RuleSet::start)
                .min(LocalDate::compareTo).orElse(LocalDate.MAX);
        for (RuleSet ruleSet : ruleSets) {
            if (ruleSet.tier() != null) {
                Resolved r = resolve(ruleSet);
                RuleChecks.check(r);
                resolved.put(ruleSet.id(), r);
            } else {
                RuleChecks.checkSubject(ruleSet);
            }
        }
    }

    /**
     * The rule sets shipped in the specification jar under {@code org/opensrdi/spec/rules/}.
     *
     * @param mapper the mapper that reads them (exact decimals)
     * @return the library
     * @throws OpenSrdiException if the rule data cannot be read or breaks a rule
     */
    static RuleLibrary bundled(ObjectMapper mapper) {
        List<String> paths;
        try {
            paths = SpecClasspath.paths().stream().filter(p -> p.startsWith(RULES) && p.endsWith(".json")).toList();
        } catch (IOException e) {
            throw new OpenSrdiException("Cannot list the bundled rule sets: " + e.getMessage(), e);
        }
        Schema schema = schema();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (String path : paths) {
            try (InputStream in = SpecClasspath.open(path)) {
                ruleSets.add(read(mapper.readTree(in), SpecClasspath.ROOT + path, schema));
            } catch (IOException e) {
                throw new OpenSrdiException(SpecClasspath.ROOT + path + ": " + e.getMessage(), e);
            }
        }
        return new RuleLibrary(ruleSets);
    }

    /**
     * The rule sets of a directory: every {@code .json} file below it.
     *
     * @param directory e.g. a copy of {@code spec/rules}
     * @param mapper the mapper that reads them (exact decimals)
     * @return the library
     * @throws OpenSrdiException if a file cannot be read or breaks a rule
     */
    static RuleLibrary fromDirectory(Path directory, ObjectMapper mapper) {
        List<Path> files;
        try (Stream<Path> found = Files.walk(directory)) {
            files = found.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new OpenSrdiException(directory + ": cannot list the rule directory: " + e.getMessage(), e);
        }
        Schema schema = schema();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                ruleSets.add(read(mapper.readTree(in), file.toString(), schema));
            } catch (IOException e) {
                throw new OpenSrdiException(file + ": " + e.getMessage(), e);
            }
        }
        return new RuleLibrary(ruleSets);
    }

    private static Schema schema() {
        Schema schema = SpecSchemaRegistry.create().getSchema(SchemaLocation.of(SpecSchemaRegistry.id(SCHEMA)));
        schema.initializeValidators();
        return schema;
    }

    private static RuleSet read(JsonNode document, String source, Schema schema) {
        List<com.networknt.schema.Error> errors = schema.validate(document);
        if (!errors.isEmpty()) {
            com.networknt.schema.Error first = errors.get(0);
            throw new OpenSrdiException(source + " " + first.getInstanceLocation() + ": not a rule set of "
                    + SCHEMA + ": " + first.getMessage() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        RuleSet ruleSet = RuleSetReader.read(document, source);
        String fileName = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        if (!fileName.equals(ruleSet.id() + ".json")) {
            throw new OpenSrdiException(source + ": the file of rule set " + ruleSet.id() + " must be named "
                    + ruleSet.id() + ".json (README §10.1)");
        }
        if ((ruleSet.tier() == null) == (ruleSet.subject() == null)) {
            throw new OpenSrdiException(source + ": a rule set gives exactly one of tier and subject (README §10.1)");
        }
        return ruleSet;
    }

    private Resolved resolve(RuleSet ruleSet) {
        List<Owned<RuleSet.Condition>> conditions = new ArrayList<>();
        List<Owned<RuleSet.DirectPath>> directPaths = new ArrayList<>();
        Owned<RuleSet.ScoreTable> scoreTable = null;
        for (RuleSet.Reuse reuse : ruleSet.reuses()) {
            RuleSet reused = byId.get(reuse.ruleSetId());
            if (reused == null) {
                throw new OpenSrdiException(ruleSet.source() + ": reuses rule set " + reuse.ruleSetId() + ", which is not loaded");
            }
            if (!major(reused.version()).equals(major(reuse.version()))) {
                throw new OpenSrdiException(ruleSet.source() + ": reuses " + reuse.ruleSetId() + " " + reuse.version()
                        + " but version " + reused.version() + " is loaded (README §7.4: same MAJOR version)");
            }
            if (!reused.reuses().isEmpty()) {
                throw new OpenSrdiException(ruleSet.source() + ": reuses " + reused.id() + ", which itself reuses");
            }
            if (reuse.parts().contains("CONDITIONS")) {
                reused.conditions().forEach(c -> conditions.add(new Owned<>(c, reused)));
            }
            if (reuse.parts().contains("SCORE_TABLE") && reused.scoreTable() != null) {
                scoreTable = new Owned<>(reused.scoreTable(), reused);
            }
            if (reuse.parts().contains("DIRECT_PATHS")) {
                reused.directPaths().forEach(p -> directPaths.add(new Owned<>(p, reused)));
            }
        }
        ruleSet.conditions().forEach(c -> conditions.add(new Owned<>(c, ruleSet)));
        ruleSet.directPaths().forEach(p -> directPaths.add(new Owned<>(p, ruleSet)));
        Set<String> ids = new HashSet<>();
        for (String id : Stream.concat(conditions.stream().map(c -> c.element().id()),
                directPaths.stream().map(p -> p.element().id())).toList()) {
            if (!ids.add(id)) {
                throw new OpenSrdiException(ruleSet.source() + ": id " + id + " is used twice with the reused parts"
                        + " (README §7.4: ids must not clash)");
            }
        }
        if (ruleSet.scoreTable() != null) {
            scoreTable = new Owned<>(ruleSet.scoreTable(), ruleSet);
        }
        return new Resolved(ruleSet, List.copyOf(conditions), scoreTable, List.copyOf(directPaths));
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /**
     * The regime of a designation date (README §8.4): {@code 2026} from the start of the 2026 rule
     * sets (2026-04-01), else {@code 2022}.
     *
     * @param date the date, or null (taken as 2022)
     * @return 2022 or 2026
     */
    String regimeOn(LocalDate date) {
        return date != null && !date.isBefore(start2026) ? "2026" : "2022";
    }

    /** Every loaded rule set. */
    Collection<RuleSet> all() {
        return byId.values();
    }

    /**
     * The rule set of a tier for a date and recognition type (README §7.5).
     *
     * @return the selection, or empty if no rule set of the tier applies
     * @throws OpenSrdiException if two rule sets apply (a rule-data error)
     */
    Optional<Selection> select(Tier tier, LocalDate date, RecognitionType recognitionType) {
        List<Selection> transitional = new ArrayList<>();
        List<Selection> regular = new ArrayList<>();
        for (RuleSet ruleSet : byId.values()) {
            if (ruleSet.tier() != tier) {
                continue;
            }
            for (RuleSet.TransitionalUse use : ruleSet.transitionalUses()) {
                if (use.covers(recognitionType, date)) {
                    transitional.add(new Selection(resolved.get(ruleSet.id()), use));
                }
            }
            if (ruleSet.inForce(date)) {
                regular.add(new Selection(resolved.get(ruleSet.id()), null));
            }
        }
        List<Selection> candidates = transitional.isEmpty() ? regular : transitional;
        if (candidates.size() > 1) {
            throw new OpenSrdiException("Rule data error: " + candidates.size() + " rule sets of tier " + tier
                    + " apply on " + date + " for " + recognitionType + ": " + candidates.stream()
                            .map(s -> s.resolved().ruleSet().id()).collect(Collectors.joining(", ")));
        }
        return candidates.stream().findFirst();
    }

    /** The tiers that have a rule set for first recognition on a date, in the order of tier.csv. */
    List<Tier> tiers(LocalDate date) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (RuleSet ruleSet : byId.values()) {
            if (ruleSet.tier() != null && ruleSet.inForce(date)) {
                tiers.add(ruleSet.tier());
            }
        }
        return List.copyOf(tiers);
    }

    /** The rule set with a subject in force on a date. */
    Optional<RuleSet> subject(String subject, LocalDate date) {
        List<RuleSet> found = byId.values().stream()
                .filter(r -> subject.equals(r.subject()) && r.inForce(date)).toList();
        if (found.size() > 1) {
            throw new OpenSrdiException("Rule data error: several " + subject + " rule sets apply on " + date);
        }
        return found.stream().findFirst();
    }

    /**
     * The provincial slot rule set of README §8.2: the province's own, else the national default.
     *
     * @param slotId the slot
     * @param date the as-of date
     * @param province the province's division code ({@code xx0000}), or null
     */
    Optional<RuleSet> slot(String slotId, LocalDate date, String province) {
        List<RuleSet> slots = byId.values().stream()
                .filter(r -> r.indicatorSlot() != null && r.indicatorSlot().slotId().equals(slotId) && r.inForce(date))
                .sorted(Comparator.comparing(RuleSet::id)).toList();
        Optional<RuleSet> own = slots.stream()
                .filter(r -> province != null && province.equals(r.indicatorSlot().jurisdiction())).findFirst();
        return own.isPresent() ? own : slots.stream().filter(r -> r.indicatorSlot().jurisdiction() == null).findFirst();
    }
}
