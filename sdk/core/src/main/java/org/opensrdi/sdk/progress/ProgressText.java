package org.opensrdi.sdk.progress;

import java.util.Locale;
import java.util.Objects;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.sdk.internal.progress.TextRenderer;

/**
 * Writes a progress report as a plain-text table for people: per jurisdiction, each target's
 * status, target value, actual value, expected value, gap and due date, then its years, quotas and
 * what each remaining year still needs, the consistency findings, the active designations and notes.
 *
 * @since 0.1.0
 */
public final class ProgressText {

    private ProgressText() {
    }

    /**
     * The report as text.
     *
     * @param report a progress report
     * @param language {@link Locale#CHINESE} (any locale whose language is {@code zh}) for Chinese;
     *     anything else gives English
     * @return the text, lines ending in {@code \n}
     * @since 0.1.0
     */
    public static String render(ProgressReport report, Locale language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        return new TextRenderer("zh".equals(language.getLanguage())).render(report);
    }
}
