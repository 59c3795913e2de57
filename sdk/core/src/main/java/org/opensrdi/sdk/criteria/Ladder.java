package org.opensrdi.sdk.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opensrdi.model.Tier;

/**
 * An enterprise's place on the cultivation ladder on a date: the designations it holds, when each
 * term ends, and the tier it can apply for next under the regime in force (2022:
 * INNOVATIVE_SME → SRDI_SME → LITTLE_GIANT; from 2026-04-01: TECH_INNOVATIVE_SME → SRDI_SME →
 * LITTLE_GIANT, with innovative and technology-based SME titles counting as the first rung).
 *
 * @param asOf the date
 * @param regime the regime in force ({@code 2022} or {@code 2026}), or null before any is encoded
 * @param programmeTiers the rungs of that regime, lowest first
 * @param held the designations held (active or under review), in the order given
 * @param nextTier the tier it can apply for next, or null at the top of the ladder
 * @param termsRuleSet the validity-terms rule set used, {@code id@version}, or null
 * @since 0.1.0
 */
public record Ladder(LocalDate asOf, String regime, List<Tier> programmeTiers, List<HeldDesignation> held, Tier nextTier,
        String termsRuleSet) {

    /**
     * Copies the lists.
     *
     * @param asOf the date
     * @param regime the regime, or null
     * @param programmeTiers the rungs
     * @param held the designations held
     * @param nextTier the next tier, or null
     * @param termsRuleSet the validity-terms rule set, or null
     */
    public Ladder {
        Objects.requireNonNull(asOf, "asOf");
        programmeTiers = List.copyOf(programmeTiers);
        held = List.copyOf(held);
    }

    /**
     * The tier it can apply for next.
     *
     * @return the tier, empty at the top of the ladder
     */
    public Optional<Tier> next() {
        return Optional.ofNullable(nextTier);
    }

    /**
     * Whether a tier is held on the date (active or under review).
     *
     * @param tier the tier
     * @return {@code true} if a designation of the tier is held
     */
    public boolean holds(Tier tier) {
        return held.stream().anyMatch(h -> h.tier() == tier);
    }
}
