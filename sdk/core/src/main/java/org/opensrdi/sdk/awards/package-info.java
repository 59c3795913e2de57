/**
 * The award calculator: which awards of the policy packs an enterprise's designations and events
 * trigger, how much each pays and who pays it, with an explanation of every line.
 *
 * <pre>{@code
 * AwardCalculator calculator = AwardCalculator.builder()
 *         .packs(PolicyPacks.bundledApplicableTo("652722"))
 *         .asOf(LocalDate.of(2025, 3, 31))
 *         .build();
 * AwardResult result = calculator.calculate(submission);
 * result.totalsByEnterprise().forEach((uscc, total) -> ...);
 * }</pre>
 *
 * <p>The algorithm is specified for implementers in other languages in
 * {@code spec/docs/policies/README.md}.
 *
 * @since 0.1.0
 */
package org.opensrdi.sdk.awards;
