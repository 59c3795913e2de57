package org.opensrdi.sdk.internal.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opensrdi.model.ConsistencyFinding;
import org.opensrdi.model.Designation;
import org.opensrdi.model.DesignationTally;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.Level;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.Target;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.internal.validation.CodeLists;
import org.opensrdi.sdk.progress.ProgressData;

/**
 * Computes a progress report: the jurisdiction asked for and each ancestor up to its province, the
 * targets of the packs at each level, their consistency findings and the active designations.
 * Immutable after construction and safe to share between threads. Internal, not API.
 */
public final class ProgressEngine {

    private final List<PolicyPack> packs;
    private final Map<PolicyPack, ConsistencyChecker.Result> consistency = new IdentityHashMap<>();
    private final String specVersion;

    /**
     * An engine over packs; their consistency is checked once, here.
     *
     * @param packs the policy packs
     * @param specVersion the specification version written into reports
     */
    public ProgressEngine(List<PolicyPack> packs, String specVersion) {
        this.packs = List.copyOf(packs);
        this.specVersion = specVersion;
        for (PolicyPack pack : this.packs) {
            consistency.put(pack, ConsistencyChecker.check(pack));
        }
    }

    /** The packs, in the order given. */
    public List<PolicyPack> packs() {
        return packs;
    }

    /** The consistency findings of a pack, checked with no data. */
    public static List<ConsistencyFinding> findings(PolicyPack pack) {
        return ConsistencyChecker.check(pack).findings();
    }

    /**
     * The jurisdiction and its ancestors up to its province (the State alone for 000000).
     *
     * @param jurisdiction a current GB/T 2260 code or 000000
     * @return the codes, lowest first
     * @throws OpenSrdiException if the code is not a current division
     */
    public static List<String> chain(String jurisdiction) {
        CodeLists codes = CodeLists.get();
        if (codes.division(jurisdiction).isEmpty()) {
            throw new OpenSrdiException("jurisdiction " + jurisdiction + ": not a current GB/T 2260 division code");
        }
        List<String> chain = new ArrayList<>();
        String current = jurisdiction;
        while (current != null) {
            chain.add(current);
            String level = codes.levelOf(current).orElse("COUNTY");
            if ("PROVINCIAL".equals(level) || "NATIONAL".equals(level)) {
                break;
            }
            current = codes.division(current).map(CodeLists.Division::parent).orElse(null);
        }
        return chain;
    }

    /** The report for a jurisdiction on a date. */
    public ProgressReport calculate(ProgressData data, String jurisdiction, LocalDate asOf) {
        List<String> chain = chain(jurisdiction);
        Dataset dataset = new Dataset(data, asOf);
        TargetEvaluator evaluator = new TargetEvaluator(dataset, asOf, specVersion);
        ProgressReport report = new ProgressReport().specVersion(specVersion).asOfDate(asOf)
                .jurisdictions(new ArrayList<>());
        for (String code : chain) {
            JurisdictionProgress level = new JurisdictionProgress().jurisdiction(code)
                    .name(CodeLists.get().division(code).map(CodeLists.Division::name).orElse(code))
                    .level(Level.fromValue(CodeLists.get().levelOf(code).orElse("COUNTY")))
                    .targets(new ArrayList<>());
            for (PolicyPack pack : packs) {
                boolean hasTargets = false;
                for (Target target : pack.getTargets() == null ? List.<Target>of() : pack.getTargets()) {
                    if (code.equals(target.getJurisdiction())) {
                        level.addTargetsItem(evaluator.evaluate(pack, target, consistency.get(pack)));
                        hasTargets = true;
                    }
                }
                if (hasTargets) {
                    consistency.get(pack).findings().forEach(level::addConsistencyFindingsItem);
                }
            }
            List<DesignationTally> tallies = tallies(dataset, code, asOf);
            if (!tallies.isEmpty()) {
                level.activeDesignations(tallies);
            }
            notes(dataset, code, code.equals(jurisdiction), level);
            report.addJurisdictionsItem(level);
        }
        return report;
    }

    private static List<DesignationTally> tallies(Dataset data, String jurisdiction, LocalDate asOf) {
        Map<Tier, Map<Level, Set<String>>> holders = new TreeMap<>();
        for (Enterprise enterprise : data.enterprises()) {
            if (!data.isWithin(enterprise, jurisdiction)) {
                continue;
            }
            for (Designation designation : data.designationsOf(enterprise.getUscc())) {
                if (designation.getTier() != null && designation.getLevel() != null && data.isActive(designation, asOf)) {
                    holders.computeIfAbsent(designation.getTier(), key -> new TreeMap<>())
                            .computeIfAbsent(Dataset.levelOf(designation), key -> new TreeSet<>())
                            .add(enterprise.getUscc());
                }
            }
        }
        List<DesignationTally> tallies = new ArrayList<>();
        holders.forEach((tier, levels) -> levels.forEach((level, usccs) ->
                tallies.add(new DesignationTally().tier(tier).level(level).enterprises(usccs.size()))));
        return tallies;
    }

    private static void notes(Dataset data, String code, boolean requested, JurisdictionProgress level) {
        String coverage = data.coverage();
        String name = level.getName();
        if (coverage != null && !coverage.equals(code)) {
            String coverageName = CodeLists.get().division(coverage).map(CodeLists.Division::name).orElse(coverage);
            if (data.isWithin(coverage, code)) {
                level.addNotesItem(text("数据仅来自" + coverageName + "（" + coverage + "）：" + name + "的实际值只计入其中的企业和事项。",
                        "The data come from " + coverage + " (" + coverageName + ") only: actual values of " + code
                                + " count only its enterprises and items."));
            } else if (!data.isWithin(code, coverage)) {
                level.addNotesItem(text("数据来自" + coverageName + "（" + coverage + "），不在" + name + "范围内。",
                        "The data come from " + coverage + " (" + coverageName + "), outside " + code + "."));
            }
        }
        if (requested) {
            if (data.duplicateEnterprises() > 0) {
                level.addNotesItem(text(data.duplicateEnterprises() + " 条企业记录与已有记录的统一社会信用代码重复，已忽略。",
                        data.duplicateEnterprises() + " enterprise records repeat a USCC already seen and were ignored."));
            }
            if (data.designationsWithoutEnterprise() > 0) {
                level.addNotesItem(text(data.designationsWithoutEnterprise() + " 条认定记录找不到对应企业，不予计数。",
                        data.designationsWithoutEnterprise() + " designations name no enterprise of the data and are not counted."));
            }
            if (data.municipalLevelsNormalised() > 0) {
                level.addNotesItem(text(data.municipalLevelsNormalised()
                                + " 条直辖市授予、记为地级（PREFECTURAL）的认定按省级（PROVINCIAL）计数（直辖市的“市级”即省级）。",
                        data.municipalLevelsNormalised() + " designations granted by a municipality but recorded PREFECTURAL"
                                + " are counted as PROVINCIAL (a municipality's 市级 is provincial)."));
            }
        }
        if (level.getTargets().isEmpty()) {
            level.addNotesItem(text("所加载的政策包中没有" + name + "的目标。", "No loaded policy pack has targets for " + code + "."));
        }
    }

    private static LocalizedText text(String zh, String en) {
        return Trace.text(zh, en);
    }
}
