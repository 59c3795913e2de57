package org.opensrdi.sdk.internal.awards;

import java.util.Set;
import org.opensrdi.model.AwardPurpose;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.Level;
import org.opensrdi.model.PlatformType;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;

/**
 * An award trigger of a policy pack, with its window resolved (the trigger's own, else the
 * document's effective period). An empty set means "any". Internal, not API.
 *
 * @param designation {@code true} for a DESIGNATION trigger, {@code false} for EVENT
 * @param tier the tier designated (DESIGNATION)
 * @param levels the designation levels that count
 * @param recognitionTypes FIRST, RENEWAL or both
 * @param eventKinds the event kinds that trigger (EVENT)
 * @param platformTypes the platform types that trigger
 * @param eventLevels the event levels that trigger
 * @param awardPurposes the purposes of received awards that trigger
 * @param requiredTiers tiers one of which the enterprise must hold on the trigger date
 * @param window the dates the trigger must fall in
 */
record Trigger(boolean designation, Tier tier, Set<Level> levels, Set<RecognitionType> recognitionTypes,
        Set<EventKind> eventKinds, Set<PlatformType> platformTypes, Set<Level> eventLevels,
        Set<AwardPurpose> awardPurposes, Set<Tier> requiredTiers, Window window) {
}
