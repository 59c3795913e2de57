package org.opensrdi.sdk.internal.awards;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opensrdi.model.AlternativeRate;
import org.opensrdi.model.AwardAmount;
import org.opensrdi.model.AwardRule;
import org.opensrdi.model.AwardTrigger;
import org.opensrdi.model.Citation;
import org.opensrdi.model.DateRange;
import org.opensrdi.model.DocumentReference;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.PolicyDocument;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.QualitativeMeasure;

/**
 * Compiles a policy pack into the rules the calculator evaluates, and refuses a pack whose award
 * lines cannot be computed (a RATE without a rate, a MATCHING line not triggered by received
 * awards, …). The messages name the pack and the element. Internal, not API.
 */
public final class PackCompiler {

    private PackCompiler() {
    }

    /**
     * Compiles a pack. The pack must not be changed afterwards: the result shares its objects.
     *
     * @param pack a pack valid against policy-pack.schema.json
     * @return the compiled pack
     * @throws IllegalArgumentException if an award line cannot be computed; the message names it
     */
    public static CompiledPack compile(PolicyPack pack) {
        PolicyDocument document = pack.getDocument();
        String where = pack.getPackId();
        if (document == null || document.getJurisdiction() == null) {
            throw new IllegalArgumentException(where + ": the pack has no document.jurisdiction");
        }
        Window packWindow = window(document.getEffectivePeriod(), "document.effectivePeriod", Window.UNBOUNDED);
        List<CompiledRule> rules = new ArrayList<>();
        for (AwardRule rule : list(pack.getAwardRules())) {
            String at = where + ": " + rule.getId();
            require(rule.getPayer() != null, at, "has no payer");
            require(rule.getTrigger() != null && rule.getAmount() != null, at, "needs a trigger and an amount");
            Trigger trigger = trigger(rule.getTrigger(), packWindow, at);
            AmountRule amount = amount(rule.getAmount(), at);
            if (amount.kind() == AwardAmount.KindEnum.MATCHING) {
                require(!trigger.designation() && trigger.eventKinds().equals(EnumSet.of(EventKind.AWARD_RECEIVED)), at,
                        "is a MATCHING line, so its trigger must be EVENT with eventKinds [AWARD_RECEIVED]");
            }
            if (amount.kind() == AwardAmount.KindEnum.RATE) {
                require(!trigger.designation(), at, "is a RATE line, so its trigger must be an EVENT (the base is an event amount)");
            }
            AwardRule.OncePerEnum oncePer = rule.getOncePer() != null ? rule.getOncePer() : AwardRule.OncePerEnum.EVENT;
            rules.add(new CompiledRule(rule.getId(), rule.getTitle(), rule.getPayer(), List.of(trigger), amount,
                    oncePer == AwardRule.OncePerEnum.ENTERPRISE_TIER, oncePer.toString(),
                    citation(rule.getCitation(), pack), list(rule.getAssumptions()), false));
        }
        for (QualitativeMeasure measure : list(pack.getQualitativeMeasures())) {
            // Only unquantified awards whose trigger the data can show become lines; the rest of the
            // plan's qualitative measures pay nothing by a rule.
            if (measure.getKind() != QualitativeMeasure.KindEnum.UNQUANTIFIED_AWARD || list(measure.getTriggers()).isEmpty()) {
                continue;
            }
            String at = where + ": " + measure.getId();
            List<Trigger> triggers = new ArrayList<>();
            for (AwardTrigger trigger : measure.getTriggers()) {
                triggers.add(trigger(trigger, packWindow, at));
            }
            rules.add(new CompiledRule(measure.getId(), measure.getTitle(), measure.getPayer(), List.copyOf(triggers),
                    AmountRule.UNQUANTIFIED, false, "EVENT", citation(measure.getCitation(), pack),
                    list(measure.getAssumptions()), true));
        }
        return new CompiledPack(pack.getPackId(), pack.getPackVersion(), document.getJurisdiction(), List.copyOf(rules));
    }

    private static Trigger trigger(AwardTrigger trigger, Window packWindow, String at) {
        boolean designation = trigger.getKind() == AwardTrigger.KindEnum.DESIGNATION;
        if (designation) {
            require(trigger.getTier() != null, at, "has a DESIGNATION trigger without a tier");
        } else {
            require(!set(trigger.getEventKinds()).isEmpty(), at, "has an EVENT trigger without eventKinds");
        }
        return new Trigger(designation, trigger.getTier(), set(trigger.getLevels()), set(trigger.getRecognitionTypes()),
                set(trigger.getEventKinds()), set(trigger.getPlatformTypes()), set(trigger.getEventLevels()),
                set(trigger.getAwardPurposes()), set(trigger.getRequiredTiers()),
                window(trigger.getWindow(), "trigger.window", packWindow));
    }

    private static AmountRule amount(AwardAmount amount, String at) {
        RoundingMode rounding = amount.getRounding() == AwardAmount.RoundingEnum.DOWN ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        AwardAmount.KindEnum kind = amount.getKind();
        switch (kind) {
            case FIXED, UP_TO, NOT_LESS_THAN -> require(amount.getAmount() != null, at, "is " + kind + " without an amount");
            case RATE -> require(amount.getRateFraction() != null && amount.getBaseField() != null, at,
                    "is RATE without rateFraction and baseField");
            case MATCHING -> require(amount.getMatchingRatio() != null && amount.getMatchedJurisdiction() != null, at,
                    "is MATCHING without matchingRatio and matchedJurisdiction");
            case UNQUANTIFIED -> {
                return AmountRule.UNQUANTIFIED;
            }
            default -> throw new IllegalArgumentException(at + ": unknown amount kind " + kind);
        }
        AlternativeRate alternative = amount.getAlternativeRate();
        return new AmountRule(kind, amount.getAmount(), amount.getRateFraction(),
                amount.getBaseField() == null ? null : amount.getBaseField().toString(),
                amount.getThresholdField() != null ? amount.getThresholdField().toString()
                        : amount.getBaseField() == null ? null : amount.getBaseField().toString(),
                amount.getThreshold(), amount.getCap(), amount.getBasePeriodMaxYears(),
                alternative == null ? null : new AmountRule.Alternative(alternative.getRateFraction(),
                        Boolean.TRUE.equals(alternative.getUpTo()), Boolean.TRUE.equals(alternative.getCapApplies())),
                amount.getMatchingRatio(), amount.getMatchedJurisdiction(), rounding);
    }

    /** The citation with the document it names by source filled in, so a trace stands on its own. */
    private static Citation citation(Citation citation, PolicyPack pack) {
        Citation copy = new Citation().source(citation.getSource()).documentNumber(citation.getDocumentNumber())
                .documentTitle(citation.getDocumentTitle()).issuer(citation.getIssuer()).clause(citation.getClause())
                .quote(citation.getQuote()).url(citation.getUrl());
        String source = citation.getSource();
        if (source == null || citation.getDocumentTitle() != null) {
            return copy;
        }
        PolicyDocument document = pack.getDocument();
        if (source.equals(document.getId())) {
            return copy.documentTitle(document.getTitle())
                    .documentNumber(copy.getDocumentNumber() != null ? copy.getDocumentNumber() : document.getDocumentNumber())
                    .issuer(copy.getIssuer() != null ? copy.getIssuer() : document.getIssuer());
        }
        for (DocumentReference reference : list(pack.getDocuments())) {
            if (source.equals(reference.getId())) {
                return copy.documentTitle(reference.getTitle())
                        .documentNumber(copy.getDocumentNumber() != null ? copy.getDocumentNumber() : reference.getDocumentNumber())
                        .issuer(copy.getIssuer() != null ? copy.getIssuer() : reference.getIssuer());
            }
        }
        return copy;
    }

    private static Window window(DateRange range, String origin, Window otherwise) {
        return range == null ? otherwise : new Window(range.getStart(), range.getEnd(), origin);
    }

    private static void require(boolean condition, String at, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(at + " " + problem);
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> set(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
