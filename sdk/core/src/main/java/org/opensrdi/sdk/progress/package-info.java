/**
 * Progress against the targets of policy packs, for embedders: {@link
 * org.opensrdi.sdk.progress.ProgressCalculator} turns designation data ({@link
 * org.opensrdi.sdk.progress.ProgressData}) into a {@code ProgressReport} of the generated model, rolled
 * up the GB/T 2260 tree; {@link org.opensrdi.sdk.progress.ProgressText} and {@link
 * org.opensrdi.sdk.progress.ProgressChart} write it as a table and as SVG charts. The rules are
 * normative in {@code spec/docs/progress.md}.
 *
 * @since 0.1.0
 */
package org.opensrdi.sdk.progress;
