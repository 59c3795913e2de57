package org.opensrdi.sdk.progress;

import java.util.Locale;
import java.util.Objects;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.sdk.internal.progress.SvgRenderer;

/**
 * Draws a jurisdiction's progress as one SVG image: a panel per target with the years on the
 * horizontal axis, the target value as a line, the expected path from the baseline to the target,
 * the as-of date and the actual value as a point coloured by status; yearly targets show a bar per
 * year; quotas are a table of sub-jurisdictions by year, each cell actual / required coloured by
 * status; then the consistency findings and the active designations. Labels are in Chinese and English.
 * The SVG is self-contained text (no scripts, no external resources).
 *
 * @since 0.1.0
 */
public final class ProgressChart {

    private ProgressChart() {
    }

    /**
     * The chart of one jurisdiction of a report.
     *
     * @param report the report (for its as-of date)
     * @param jurisdiction one of the report's jurisdictions
     * @param language the language written first ({@code zh} for Chinese, anything else English);
     *     the other follows in smaller type
     * @return the SVG document
     * @since 0.1.0
     */
    public static String svg(ProgressReport report, JurisdictionProgress jurisdiction, Locale language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(language, "language");
        return new SvgRenderer("zh".equals(language.getLanguage())).render(report, jurisdiction);
    }
}
