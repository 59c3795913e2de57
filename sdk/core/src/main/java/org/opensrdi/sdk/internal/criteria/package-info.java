/**
 * The interpreter of the national criteria rule data ({@code spec/rules/}, normative specification
 * {@code spec/docs/rules/README.md}): rule-set loading and checks, date-based selection, metrics,
 * three-valued tests, points tables, qualification, near-miss counting, size classification,
 * validity terms, and the trace.
 *
 * <p>Internal, not API: use {@code org.opensrdi.sdk.criteria}.
 */
package org.opensrdi.sdk.internal.criteria;
