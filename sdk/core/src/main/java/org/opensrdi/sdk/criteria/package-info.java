/**
 * Eligibility calculators that explain themselves: the national criteria of China's tiered SME
 * cultivation programmes (创新型/科技型中小企业, 专精特新中小企业, 专精特新“小巨人”, 高新技术企业), the
 * SME size classification and validity terms, interpreted from the dated, cited rule data of
 * {@code spec/rules/} as {@code spec/docs/rules/README.md} specifies.
 *
 * <p>Start with {@link org.opensrdi.sdk.criteria.CriteriaEvaluator}. Results are immutable values:
 * a {@link org.opensrdi.sdk.criteria.Verdict} (QUALIFIED, NOT_QUALIFIED or UNDETERMINED when the
 * data do not decide), points as {@link org.opensrdi.sdk.criteria.PointsInterval intervals}, the
 * conditions that failed, the inputs that are missing, the rule set used, and an
 * {@link org.opensrdi.model.Explanation} trace with every input, parameter (value, dates, citation,
 * assumptions) and step. Misuse — a tier with no rule set in force on the date, broken rule data —
 * is an {@link org.opensrdi.sdk.OpenSrdiException}.
 *
 * @since 0.1.0
 */
package org.opensrdi.sdk.criteria;
