package org.opensrdi.sdk.internal.awards;

import java.util.List;
import org.opensrdi.model.Assumption;
import org.opensrdi.model.Citation;
import org.opensrdi.model.LocalizedText;

/**
 * One award line of a pack ready to evaluate: an award rule, or an unquantified award kept as a
 * qualitative measure with triggers. The model objects it holds are private copies, never
 * changed. Internal, not API.
 *
 * @param id the element id
 * @param title the element's title
 * @param payer the paying jurisdiction, or {@code null} when the text leaves it open
 * @param triggers what triggers it; a record meeting any one of them
 * @param amount how much it pays
 * @param oncePerEnterprise one payment per enterprise under this rule ({@code ENTERPRISE_TIER})
 * @param oncePerText the one-time constraint as the pack writes it, for the trace
 * @param citation where it comes from, with the document's title filled in
 * @param assumptions the readings it rests on
 * @param qualitative {@code true} for an unquantified award kept as a qualitative measure
 */
record CompiledRule(String id, LocalizedText title, String payer, List<Trigger> triggers, AmountRule amount,
        boolean oncePerEnterprise, String oncePerText, Citation citation, List<Assumption> assumptions,
        boolean qualitative) {
}
