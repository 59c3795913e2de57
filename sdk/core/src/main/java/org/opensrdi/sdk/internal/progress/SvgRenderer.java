package org.opensrdi.sdk.internal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.opensrdi.model.ConsistencyFinding;
import org.opensrdi.model.DesignationTally;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.PathPoint;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.QuotaProgress;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.YearNeed;
import org.opensrdi.model.YearProgress;

/**
 * Draws a jurisdiction's progress as one self-contained SVG document: a panel per target (a time
 * chart of the expected path, the target and the actual value; or a bar per year for yearly
 * targets), a table of sub-jurisdiction quotas, the consistency findings and the active
 * designations. Hand-written SVG, no scripts. Internal, not API.
 */
public final class SvgRenderer {

    private static final int WIDTH = 1200;
    private static final int MARGIN = 24;
    private static final int GUTTER = 16;
    private static final int PANEL_WIDTH = (WIDTH - 2 * MARGIN - GUTTER) / 2;
    private static final int PANEL_HEIGHT = 300;
    private static final String FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
    private static final String INK = "#263238";
    private static final String MUTED = "#607d8b";
    private static final String GRID = "#e3e8eb";
    private static final String PATH = "#78909c";

    private final boolean zh;

    /**
     * A renderer.
     *
     * @param zh Chinese first when true, English first otherwise
     */
    public SvgRenderer(boolean zh) {
        this.zh = zh;
    }

    /** The colour of a status. */
    static String colour(String status) {
        return switch (status) {
            case "MET" -> "#2e7d32";
            case "ON_TRACK" -> "#1565c0";
            case "AT_RISK" -> "#ef6c00";
            default -> "#c62828";
        };
    }

    private static String tint(String status) {
        return switch (status) {
            case "MET" -> "#e8f5e9";
            case "ON_TRACK" -> "#e3f2fd";
            case "AT_RISK" -> "#fff3e0";
            default -> "#ffebee";
        };
    }

    /** The SVG document of one jurisdiction. */
    public String render(ProgressReport report, JurisdictionProgress jurisdiction) {
        StringBuilder body = new StringBuilder();
        StringBuilder document = new StringBuilder();
        int y = MARGIN;
        // Header.
        y = header(body, report, jurisdiction, y);
        // Panels: quota tables take the full width, other targets two to a row.
        List<TargetProgress> targets = jurisdiction.getTargets() == null ? List.of() : jurisdiction.getTargets();
        int column = 0;
        for (TargetProgress target : targets) {
            int x = MARGIN + column * (PANEL_WIDTH + GUTTER);
            panel(body, target, report.getAsOfDate(), x, y);
            column++;
            if (column == 2) {
                column = 0;
                y += PANEL_HEIGHT + GUTTER;
            }
        }
        if (column == 1) {
            y += PANEL_HEIGHT + GUTTER;
        }
        for (TargetProgress target : targets) {
            if (target.getQuotas() != null && !target.getQuotas().isEmpty()) {
                y = quotaTable(body, target, y);
            }
        }
        y = findings(body, jurisdiction, y);
        y = tallies(body, jurisdiction, y);
        y = notes(body, jurisdiction, y);
        int height = y + MARGIN;
        document.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"").append(FONT).append("\" role=\"img\">\n");
        document.append("<title>").append(escape(jurisdiction.getName() + " " + jurisdiction.getJurisdiction() + " · "
                + (zh ? "目标进展 " : "Target progress ") + report.getAsOfDate())).append("</title>\n");
        document.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        document.append(body);
        document.append("</svg>\n");
        return document.toString();
    }

    // ---------------------------------------------------------------- header and legend

    private int header(StringBuilder out, ProgressReport report, JurisdictionProgress jurisdiction, int y) {
        String name = jurisdiction.getName() + " " + jurisdiction.getJurisdiction();
        text(out, MARGIN, y + 22, 22, "700", INK, "start", name + (zh ? " · 目标进展" : " · target progress"));
        text(out, MARGIN, y + 44, 13, "400", MUTED, "start", zh
                ? "基准日 " + report.getAsOfDate() + " · Target progress as of " + report.getAsOfDate()
                : "As of " + report.getAsOfDate() + " · 目标进展，基准日 " + report.getAsOfDate());
        // Legend: what the marks mean, then the status colours.
        double x = WIDTH - MARGIN - 600;
        int ly = y + 18;
        line(out, x, ly, x + 28, ly, INK, 1.5, "6 4");
        x = legendText(out, x + 34, ly, bi("目标值", "target"));
        line(out, x, ly, x + 28, ly, PATH, 2, "2 3");
        x = legendText(out, x + 34, ly, bi("应达路径", "expected path"));
        line(out, x + 6, ly - 8, x + 6, ly + 8, MUTED, 1, null);
        x = legendText(out, x + 14, ly, bi("基准日", "as of"));
        circle(out, x + 6, ly, 6, "#ffffff", PATH, 1.5);
        legendText(out, x + 16, ly, bi("应达值", "expected"));
        double sx = WIDTH - MARGIN - 600;
        int sy = y + 42;
        for (String status : List.of("MET", "ON_TRACK", "AT_RISK", "BEHIND")) {
            circle(out, sx + 6, sy, 6, colour(status), "#ffffff", 1);
            sx = legendText(out, sx + 16, sy, statusText(status));
        }
        return y + 62;
    }

    private static double legendText(StringBuilder out, double x, int y, String label) {
        text(out, x, y + 4, 12, "400", INK, "start", label);
        return x + textWidth(label, 12) + 22;
    }

    // ---------------------------------------------------------------- one target

    private void panel(StringBuilder out, TargetProgress target, LocalDate asOf, int x, int y) {
        String status = target.getStatus().value();
        out.append("<g>\n");
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(PANEL_WIDTH)
                .append("\" height=\"").append(PANEL_HEIGHT).append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"").append(GRID)
                .append("\"/>\n");
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"5\" height=\"")
                .append(PANEL_HEIGHT).append("\" rx=\"2\" fill=\"").append(colour(status)).append("\"/>\n");
        // Titles: the first language bold, the other below it.
        LocalizedText title = target.getTitle();
        String first = title == null ? target.getTargetId() : zh ? title.getZh() : title.getEn();
        String second = title == null ? "" : zh ? title.getEn() : title.getZh();
        String flags = flags(target);
        text(out, x + 16, y + 22, 14, "700", INK, "start", fit(first + flags, 14, PANEL_WIDTH - 150));
        text(out, x + 16, y + 40, 11, "400", MUTED, "start", fit(second, 11, PANEL_WIDTH - 150));
        // Status badge.
        String badge = statusText(status);
        int badgeWidth = (int) Math.ceil(textWidth(badge, 12)) + 20;
        out.append("<rect x=\"").append(x + PANEL_WIDTH - badgeWidth - 12).append("\" y=\"").append(y + 12)
                .append("\" width=\"").append(badgeWidth).append("\" height=\"22\" rx=\"11\" fill=\"").append(colour(status))
                .append("\"/>\n");
        text(out, x + PANEL_WIDTH - 12 - badgeWidth / 2, y + 27, 12, "700", "#ffffff", "middle", badge);
        text(out, x + PANEL_WIDTH - 12, y + PANEL_HEIGHT - 14, 9, "400", MUTED, "end", target.getTargetId());
        Box plot = new Box(x + 56, y + 62, PANEL_WIDTH - 56 - 24, PANEL_HEIGHT - 62 - 66);
        if (target.getYears() != null && !target.getYears().isEmpty()) {
            yearBars(out, target, plot);
        } else {
            timeChart(out, target, asOf, plot);
        }
        footer(out, target, x + 16, y + PANEL_HEIGHT - 14);
        out.append("</g>\n");
    }

    private String flags(TargetProgress target) {
        StringBuilder flags = new StringBuilder();
        if (Boolean.TRUE.equals(target.getAspirational())) {
            flags.append(zh ? " 〔力争 aspirational〕" : " [aspirational 力争]");
        }
        if (target.getRecurrence() == TargetProgress.RecurrenceEnum.YEARLY) {
            flags.append(zh ? " 〔每年 yearly〕" : " [yearly 每年]");
        }
        return flags.toString();
    }

    private void footer(StringBuilder out, TargetProgress target, int x, int y) {
        boolean ratio = isRatio(target);
        StringBuilder line = new StringBuilder();
        line.append(bi("目标", "Target")).append(' ').append(value(target.getTargetValue(), ratio));
        line.append("  ·  ").append(bi("实际", "Actual")).append(' ').append(value(target.getActual(), ratio));
        if (target.getNumerator() != null) {
            line.append(" (").append(target.getNumerator()).append(" ÷ ").append(target.getDenominator()).append(')');
        }
        line.append("  ·  ").append(bi("差距", "Gap")).append(' ').append(value(target.getGap(), ratio));
        if (target.getDueDate() != null && target.getRecurrence() != TargetProgress.RecurrenceEnum.YEARLY) {
            line.append("  ·  ").append(bi("期限", "Due")).append(' ').append(target.getDueDate());
        }
        text(out, x, y - 16, 12, "400", INK, "start", fit(line.toString(), 12, PANEL_WIDTH - 32));
        if (target.getNeededPerRemainingYear() != null && !target.getNeededPerRemainingYear().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (YearNeed need : target.getNeededPerRemainingYear()) {
                parts.add(need.getYear() + ": " + Numbers.plain(need.getNeeded()));
            }
            text(out, x, y, 12, "700", INK, "start", fit(bi("剩余各年需新增", "Still needed per year") + "  "
                    + String.join(", ", parts), 12, PANEL_WIDTH - 48 - textWidth(target.getTargetId(), 9)));
        } else if ("MET".equals(target.getStatus().value())) {
            text(out, x, y, 12, "700", colour("MET"), "start", bi("已达到目标值", "Target value reached"));
        }
    }

    /** A time chart: years along the axis, the expected path, the target line, the actual point. */
    private void timeChart(StringBuilder out, TargetProgress target, LocalDate asOf, Box plot) {
        boolean ratio = isRatio(target);
        List<PathPoint> path = target.getPath() == null ? List.of() : target.getPath();
        LocalDate due = target.getDueDate() != null ? target.getDueDate() : asOf;
        LocalDate start = path.isEmpty() ? LocalDate.of(due.getYear(), 1, 1).minusDays(1) : path.get(0).getDate();
        // The axis ends at the due date: a target past due shows where it stood then.
        LocalDate end = due;
        if (!start.isBefore(end)) {
            start = end.minusYears(1);
        }
        LocalDate evaluated = target.getEvaluationDate() != null ? target.getEvaluationDate() : asOf;
        double max = target.getTargetValue().doubleValue();
        max = Math.max(max, target.getActual().doubleValue());
        for (PathPoint point : path) {
            max = Math.max(max, point.getValue().doubleValue());
        }
        Scale ys = Scale.nice(max * 1.12, ratio);
        Axis xs = new Axis(start, end, plot);
        grid(out, plot, ys, ratio);
        yearTicks(out, plot, xs, start, end);
        // Expected path.
        if (path.size() > 1) {
            StringBuilder points = new StringBuilder();
            for (PathPoint point : path) {
                points.append(fmt(xs.x(point.getDate()))).append(',').append(fmt(plot.y(ys, point.getValue().doubleValue())))
                        .append(' ');
            }
            out.append("<polyline points=\"").append(points.toString().trim()).append("\" fill=\"none\" stroke=\"")
                    .append(PATH).append("\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>\n");
            for (PathPoint point : path) {
                if (point.getKind() != PathPoint.KindEnum.TARGET) {
                    circle(out, xs.x(point.getDate()), plot.y(ys, point.getValue().doubleValue()), 3, PATH, "none", 0);
                }
            }
            PathPoint origin = path.get(0);
            if (origin.getKind() == PathPoint.KindEnum.BASELINE) {
                double oy = plot.y(ys, origin.getValue().doubleValue());
                text(out, xs.x(origin.getDate()) + 6, oy > plot.bottom() - 20 ? oy - 6 : oy + 14, 10, "400", MUTED,
                        "start", bi("基数", "baseline") + " " + value(origin.getValue(), ratio));
            }
        }
        unit(out, plot, ratio);
        // Target line, labelled at its left end.
        double ty = plot.y(ys, target.getTargetValue().doubleValue());
        line(out, plot.x, ty, plot.right(), ty, INK, 1.5, "6 4");
        text(out, plot.x + 6, ty - 5, 11, "700", INK, "start", bi("目标", "target") + " "
                + value(target.getTargetValue(), ratio) + " · " + due);
        // As-of line, labelled above the plot; after the due date only named.
        if (!asOf.isBefore(start) && !asOf.isAfter(end)) {
            double ax = xs.x(asOf);
            line(out, ax, plot.y - 2, ax, plot.bottom(), MUTED, 1, null);
            text(out, ax, plot.y - 6, 10, "400", MUTED, ax > plot.right() - 60 ? "end" : "middle",
                    bi("基准日", "as of") + " " + asOf);
        } else if (asOf.isAfter(end)) {
            text(out, plot.right(), plot.y - 6, 10, "400", MUTED, "end",
                    bi("已过期限，按期限日计量", "past due: measured on the due date") + " · " + bi("基准日", "as of") + " " + asOf);
        }
        // The expected value and the actual value on the evaluation date, labelled to the left without overlapping.
        double px = xs.x(evaluated.isBefore(start) ? start : evaluated);
        double py = plot.y(ys, target.getActual().doubleValue());
        String colour = colour(target.getStatus().value());
        double actualLabel = py + 4;
        // Labels go to the left of the point, or to its right when it sits at the left edge.
        boolean right = px - plot.x < 140;
        double labelX = right ? px + 12 : px - 12;
        String anchor = right ? "start" : "end";
        if (target.getExpectedByNow() != null && !"MET".equals(target.getStatus().value())) {
            double ey = plot.y(ys, target.getExpectedByNow().doubleValue());
            double expectedLabel = ey + 4;
            if (Math.abs(expectedLabel - actualLabel) < 16) {
                if (ey <= py) {
                    expectedLabel = actualLabel - 16;
                } else {
                    expectedLabel = actualLabel + 16;
                }
            }
            line(out, px, py, px, ey, colour, 2, "3 2");
            circle(out, px, ey, 6, "#ffffff", PATH, 1.5);
            text(out, labelX, expectedLabel, 11, "400", INK, anchor, bi("应达", "expected") + " "
                    + value(target.getExpectedByNow(), ratio));
        }
        circle(out, px, py, 7, colour, "#ffffff", 2);
        text(out, labelX, actualLabel, 13, "700", colour, anchor, bi("实际", "actual") + " " + value(target.getActual(), ratio));
    }

    private void unit(StringBuilder out, Box plot, boolean ratio) {
        text(out, plot.x - 40, plot.y - 8, 10, "400", MUTED, "start", ratio ? bi("比例", "share") : bi("家/个", "count"));
    }

    /** A bar per year for a yearly target: actual against the target value of the year. */
    private void yearBars(StringBuilder out, TargetProgress target, Box plot) {
        boolean ratio = isRatio(target);
        List<YearProgress> years = target.getYears();
        TreeSet<Integer> all = new TreeSet<>();
        years.forEach(year -> all.add(year.getYear()));
        if (target.getNeededPerRemainingYear() != null) {
            target.getNeededPerRemainingYear().forEach(need -> all.add(need.getYear()));
        }
        Map<Integer, YearProgress> byYear = new LinkedHashMap<>();
        years.forEach(year -> byYear.put(year.getYear(), year));
        double max = target.getTargetValue().doubleValue();
        for (YearProgress year : years) {
            max = Math.max(max, year.getActual().doubleValue());
        }
        Scale ys = Scale.nice(max * 1.15, ratio);
        grid(out, plot, ys, ratio);
        int count = all.size();
        double band = plot.width / count;
        double barWidth = Math.min(56, band * 0.5);
        int i = 0;
        for (int year : all) {
            double cx = plot.x + band * (i + 0.5);
            YearProgress progress = byYear.get(year);
            if (progress != null) {
                String status = progress.getStatus().value();
                double top = plot.y(ys, progress.getActual().doubleValue());
                String fill = progress.getComplete() ? colour(status) : tint(status);
                out.append("<rect x=\"").append(fmt(cx - barWidth / 2)).append("\" y=\"").append(fmt(top))
                        .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"")
                        .append(fmt(Math.max(0, plot.bottom() - top))).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"").append(colour(status)).append("\" stroke-width=\"1.5\"/>\n");
                text(out, cx, top - 6, 12, "700", colour(status), "middle", value(progress.getActual(), ratio));
                if (progress.getExpectedByNow() != null) {
                    double ey = plot.y(ys, progress.getExpectedByNow().doubleValue());
                    line(out, cx - barWidth / 2 - 6, ey, cx + barWidth / 2 + 6, ey, PATH, 2, "2 2");
                    String label = bi("应达", "expected") + " " + value(progress.getExpectedByNow(), ratio);
                    boolean fitsRight = cx + barWidth / 2 + 8 + textWidth(label, 10) <= plot.right();
                    text(out, fitsRight ? cx + barWidth / 2 + 8 : cx - barWidth / 2 - 8, ey + 4, 10, "400", MUTED,
                            fitsRight ? "start" : "end", label);
                }
            } else {
                out.append("<rect x=\"").append(fmt(cx - barWidth / 2)).append("\" y=\"").append(fmt(plot.y))
                        .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(plot.height))
                        .append("\" fill=\"none\" stroke=\"").append(GRID).append("\" stroke-dasharray=\"4 3\"/>\n");
            }
            double ty = plot.y(ys, (progress != null ? progress.getTargetValue() : target.getTargetValue()).doubleValue());
            line(out, cx - barWidth / 2 - 10, ty, cx + barWidth / 2 + 10, ty, INK, 2, "6 3");
            String label = String.valueOf(year);
            if (progress != null && !progress.getComplete()) {
                label += zh ? "（进行中）" : " (so far)";
            } else if (progress == null) {
                label += zh ? "（未到）" : " (to come)";
            }
            text(out, cx, plot.bottom() + 16, 11, "400", INK, "middle", label);
            i++;
        }
        line(out, plot.x, plot.bottom(), plot.right(), plot.bottom(), INK, 1, null);
        unit(out, plot, ratio);
        text(out, plot.x + 6, plot.y + 4, 11, "700", INK, "start",
                bi("每年目标", "every year") + " " + value(target.getTargetValue(), ratio) + " - - -");
    }

    // ---------------------------------------------------------------- quotas

    private int quotaTable(StringBuilder out, TargetProgress target, int y) {
        List<QuotaProgress> quotas = target.getQuotas();
        Map<String, String> names = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, QuotaProgress> cells = new LinkedHashMap<>();
        for (QuotaProgress quota : quotas) {
            names.putIfAbsent(quota.getJurisdiction(), quota.getName());
            int year = quota.getYear() == null ? 0 : quota.getYear();
            years.add(year);
            cells.put(quota.getJurisdiction() + "/" + year, quota);
        }
        int rowHeight = 34;
        int labelWidth = 220;
        int cellWidth = Math.min(220, (WIDTH - 2 * MARGIN - labelWidth - 32) / Math.max(1, years.size()));
        int height = 70 + rowHeight * (names.size() + 1);
        out.append("<g>\n<rect x=\"").append(MARGIN).append("\" y=\"").append(y).append("\" width=\"")
                .append(WIDTH - 2 * MARGIN).append("\" height=\"").append(height)
                .append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"").append(GRID).append("\"/>\n");
        String title = target.getTitle() == null ? target.getTargetId() : zh ? target.getTitle().getZh() : target.getTitle().getEn();
        text(out, MARGIN + 16, y + 24, 14, "700", INK, "start", fit(bi("下级区划指标", "Sub-jurisdiction quotas") + " · " + title,
                14, WIDTH - 2 * MARGIN - 32));
        text(out, MARGIN + 16, y + 44, 11, "400", MUTED, "start", bi("每格：实际 / 应达，应达 = max(下限, ⌈比例 × 规上工业企业数⌉)",
                "each cell: actual / required, required = max(floor, ⌈share × above-size industrial enterprises⌉)"));
        int top = y + 56;
        int column = 0;
        for (int year : years) {
            int cx = MARGIN + 16 + labelWidth + column * cellWidth;
            text(out, cx + cellWidth / 2, top + 22, 12, "700", INK, "middle", year == 0 ? bi("期间", "period")
                    : zh ? year + "年" : String.valueOf(year));
            column++;
        }
        int row = 1;
        for (Map.Entry<String, String> name : names.entrySet()) {
            int ry = top + row * rowHeight;
            text(out, MARGIN + 16, ry + 22, 13, "400", INK, "start", name.getValue() + " " + name.getKey());
            column = 0;
            for (int year : years) {
                QuotaProgress quota = cells.get(name.getKey() + "/" + year);
                int cx = MARGIN + 16 + labelWidth + column * cellWidth;
                if (quota != null) {
                    String status = quota.getStatus().value();
                    out.append("<rect x=\"").append(cx + 4).append("\" y=\"").append(ry + 3).append("\" width=\"")
                            .append(cellWidth - 8).append("\" height=\"").append(rowHeight - 6).append("\" rx=\"5\" fill=\"")
                            .append(tint(status)).append("\" stroke=\"").append(colour(status)).append("\"/>\n");
                    String detail = quota.getRatioDenominator() == null ? ""
                            : "  (" + Numbers.plain(quota.getRatioFraction()) + "×" + quota.getRatioDenominator() + ")";
                    text(out, cx + cellWidth / 2, ry + 22, 12, "700", colour(status), "middle",
                            quota.getActual() + " / " + quota.getRequired() + "  " + statusText(status).split(" ")[0] + detail);
                }
                column++;
            }
            row++;
        }
        out.append("</g>\n");
        return y + height + GUTTER;
    }

    // ---------------------------------------------------------------- findings, tallies, notes

    private int findings(StringBuilder out, JurisdictionProgress jurisdiction, int y) {
        List<ConsistencyFinding> findings = jurisdiction.getConsistencyFindings();
        if (findings == null || findings.isEmpty()) {
            return y;
        }
        text(out, MARGIN, y + 18, 15, "700", INK, "start", bi("计划目标一致性检查", "Consistency of the plan's own targets"));
        y += 28;
        for (ConsistencyFinding finding : findings) {
            boolean contradiction = Boolean.TRUE.equals(finding.getContradiction());
            String mark = contradiction ? "✗ " + bi("矛盾", "contradiction") + " · " : "· ";
            String message = zh ? finding.getMessage().getZh() : finding.getMessage().getEn();
            text(out, MARGIN + 8, y + 16, 12, contradiction ? "700" : "400", contradiction ? colour("BEHIND") : INK, "start",
                    fit(mark + message, 12, WIDTH - 2 * MARGIN - 16));
            y += 20;
        }
        return y + 10;
    }

    private int tallies(StringBuilder out, JurisdictionProgress jurisdiction, int y) {
        List<DesignationTally> tallies = jurisdiction.getActiveDesignations();
        if (tallies == null || tallies.isEmpty()) {
            return y;
        }
        text(out, MARGIN, y + 18, 15, "700", INK, "start", bi("基准日有效认定（企业数，含下级区划）",
                "Active designations on the as-of date (enterprises, sub-jurisdictions included)"));
        y += 30;
        int max = tallies.stream().mapToInt(DesignationTally::getEnterprises).max().orElse(1);
        int labelWidth = 330;
        int barMax = WIDTH - 2 * MARGIN - labelWidth - 80;
        for (DesignationTally tally : tallies) {
            String label = Labels.title(tally.getTier().toString(), zh) + " · " + Labels.title(tally.getLevel().toString(), zh);
            text(out, MARGIN + labelWidth - 8, y + 14, 12, "400", INK, "end", fit(label, 12, labelWidth - 16));
            double width = Math.max(2, barMax * tally.getEnterprises() / (double) Math.max(1, max));
            out.append("<rect x=\"").append(MARGIN + labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(fmt(width)).append("\" height=\"14\" rx=\"3\" fill=\"#90a4ae\"/>\n");
            text(out, MARGIN + labelWidth + width + 6, y + 14, 12, "700", INK, "start", String.valueOf(tally.getEnterprises()));
            y += 20;
        }
        return y + 10;
    }

    private int notes(StringBuilder out, JurisdictionProgress jurisdiction, int y) {
        if (jurisdiction.getNotes() == null) {
            return y;
        }
        for (LocalizedText note : jurisdiction.getNotes()) {
            text(out, MARGIN, y + 16, 12, "400", MUTED, "start", fit((zh ? "说明：" + note.getZh() : "Note: " + note.getEn()),
                    12, WIDTH - 2 * MARGIN));
            y += 20;
        }
        return y;
    }

    // ---------------------------------------------------------------- axes

    private void grid(StringBuilder out, Box plot, Scale scale, boolean ratio) {
        for (double tick = 0; tick <= scale.max + 1e-9; tick += scale.step) {
            double y = plot.y(scale, tick);
            line(out, plot.x, y, plot.right(), y, GRID, 1, null);
            text(out, plot.x - 6, y + 4, 10, "400", MUTED, "end", ratio
                    ? Numbers.plain(BigDecimal.valueOf(tick * 100).setScale(1, RoundingMode.HALF_UP)) + "%"
                    : Numbers.plain(BigDecimal.valueOf(tick).setScale(2, RoundingMode.HALF_UP)));
        }
    }

    private void yearTicks(StringBuilder out, Box plot, Axis xs, LocalDate start, LocalDate end) {
        line(out, plot.x, plot.bottom(), plot.right(), plot.bottom(), INK, 1, null);
        for (int year = start.getYear(); year <= end.getYear() + 1; year++) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            if (!jan1.isBefore(start) && !jan1.isAfter(end)) {
                double x = xs.x(jan1);
                line(out, x, plot.y, x, plot.bottom() + 4, GRID, 1, null);
            }
            LocalDate from = jan1.isBefore(start) ? start : jan1;
            LocalDate to = LocalDate.of(year, 12, 31).isAfter(end) ? end : LocalDate.of(year, 12, 31);
            if (ChronoUnit.DAYS.between(from, to) >= 60) {
                text(out, (xs.x(from) + xs.x(to)) / 2, plot.bottom() + 17, 11, "400", INK, "middle", String.valueOf(year));
            }
        }
    }

    /** The plot area. */
    private record Box(double x, double y, double width, double height) {

        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        double y(Scale scale, double value) {
            return bottom() - height * Math.min(value, scale.max) / scale.max;
        }
    }

    /** A value axis from 0 with a round step. */
    private record Scale(double max, double step) {

        static Scale nice(double top, boolean ratio) {
            if (ratio && top > 1 && top <= 1.2) {
                // A share of up to 100 %, labelled just above the top: the axis stops at 100 %.
                top = 1;
            }
            double wanted = Math.max(top, ratio ? 0.01 : 1) / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(wanted)));
            double step = magnitude;
            for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
                step = factor * magnitude;
                if (step >= wanted) {
                    break;
                }
            }
            if (!ratio) {
                step = Math.max(1, Math.ceil(step));
            }
            return new Scale(step * Math.ceil(Math.max(top, step) / step), step);
        }
    }

    /** A time axis from one date to another. */
    private record Axis(LocalDate start, LocalDate end, Box plot) {

        double x(LocalDate date) {
            double total = Math.max(1, ChronoUnit.DAYS.between(start, end));
            return plot.x + plot.width * ChronoUnit.DAYS.between(start, date) / total;
        }
    }

    // ---------------------------------------------------------------- primitives

    private static boolean isRatio(TargetProgress target) {
        return target.getMetricKind() != null && target.getMetricKind() != TargetProgress.MetricKindEnum.COUNT;
    }

    private static String value(BigDecimal value, boolean ratio) {
        if (value == null) {
            return "—";
        }
        return ratio ? Numbers.percent(value) : Numbers.plain(value);
    }

    /** Both languages, the chosen one first: 目标 Target. */
    private String bi(String chinese, String english) {
        return zh ? chinese + " " + english : english + " " + chinese;
    }

    private String statusText(String status) {
        Status value = Status.valueOf(status);
        return zh ? value.zh() + " " + value.name().replace('_', ' ') : value.name().replace('_', ' ') + " " + value.zh();
    }

    /** Shortens a text with … so that it fits a width (CJK characters count as one em). */
    static String fit(String text, int size, double width) {
        if (textWidth(text, size) <= width) {
            return text;
        }
        StringBuilder fitted = new StringBuilder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String next = fitted.toString() + new String(Character.toChars(text.codePointAt(i)));
            if (textWidth(next + "…", size) > width) {
                break;
            }
            fitted.setLength(0);
            fitted.append(next);
        }
        return fitted + "…";
    }

    static double textWidth(String text, int size) {
        return TextRenderer.width(text) * size * 0.5 + text.chars().filter(c -> c < 128 && Character.isUpperCase(c))
                .count() * size * 0.12;
    }

    private static void text(StringBuilder out, double x, double y, int size, String weight, String fill, String anchor,
            String content) {
        out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"").append(size)
                .append('"');
        if (size <= 13 && !"#ffffff".equals(fill)) {
            // A white halo keeps labels readable where they cross lines.
            out.append(" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
        if (!"400".equals(weight)) {
            out.append(" font-weight=\"").append(weight).append('"');
        }
        out.append(" fill=\"").append(fill).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        out.append('>').append(escape(content)).append("</text>\n");
    }

    private static void line(StringBuilder out, double x1, double y1, double x2, double y2, String stroke, double width,
            String dash) {
        out.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
                .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(fmt(width)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>\n");
    }

    private static void circle(StringBuilder out, double x, double y, double r, String fill, String stroke, double width) {
        out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"").append(fmt(r))
                .append("\" fill=\"").append(fill).append('"');
        if (width > 0) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(fmt(width)).append('"');
        }
        out.append("/>\n");
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
