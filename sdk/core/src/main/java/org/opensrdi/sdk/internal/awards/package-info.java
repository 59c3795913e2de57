/**
 * The award calculator's machinery: policy packs compiled into rules, the evaluation of triggers,
 * amounts and one-time constraints, and the explanation trace of every line.
 *
 * <p>Internal, not API: use {@code org.opensrdi.sdk.awards}.
 */
package org.opensrdi.sdk.internal.awards;
