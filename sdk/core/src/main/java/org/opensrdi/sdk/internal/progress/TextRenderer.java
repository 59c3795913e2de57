package org.opensrdi.sdk.internal.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opensrdi.model.ConsistencyFinding;
import org.opensrdi.model.DesignationTally;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.QuotaProgress;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.YearNeed;
import org.opensrdi.model.YearProgress;

/** Writes a progress report as a plain-text table, in Chinese or English. Internal, not API. */
public final class TextRenderer {

    private final boolean zh;

    /**
     * A renderer.
     *
     * @param zh Chinese when true, English otherwise
     */
    public TextRenderer(boolean zh) {
        this.zh = zh;
    }

    /** The report as text, one block per jurisdiction, lines ending in \n. */
    public String render(ProgressReport report) {
        StringBuilder out = new StringBuilder();
        for (JurisdictionProgress jurisdiction : report.getJurisdictions()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            jurisdiction(out, report, jurisdiction);
        }
        return out.toString();
    }

    private void jurisdiction(StringBuilder out, ProgressReport report, JurisdictionProgress jurisdiction) {
        String level = jurisdiction.getLevel() == null ? "" : levelName(jurisdiction.getLevel().toString());
        out.append(zh ? jurisdiction.getName() + " " + jurisdiction.getJurisdiction() + "（" + level + "）· 基准日 "
                + report.getAsOfDate()
                : jurisdiction.getJurisdiction() + " " + jurisdiction.getName() + " (" + level + ") · as of "
                        + report.getAsOfDate()).append('\n');
        if (!jurisdiction.getTargets().isEmpty()) {
            String[] headings = zh
                    ? new String[] {"状态", "目标值", "实际值", "当前应达", "差距", "期限", "目标"}
                    : new String[] {"Status", "Target", "Actual", "Expected", "Gap", "Due", "Target"};
            out.append("  ").append(pad(headings[0], 12)).append(left(headings[1], 9)).append(left(headings[2], 9))
                    .append(left(headings[3], 10)).append(left(headings[4], 8)).append("  ").append(pad(headings[5], 12))
                    .append(headings[6]).append('\n');
            for (TargetProgress target : jurisdiction.getTargets()) {
                target(out, target);
            }
        }
        if (jurisdiction.getConsistencyFindings() != null && !jurisdiction.getConsistencyFindings().isEmpty()) {
            out.append(zh ? "  目标一致性检查：" : "  Consistency of the plan's targets:").append('\n');
            for (ConsistencyFinding finding : jurisdiction.getConsistencyFindings()) {
                String mark = Boolean.TRUE.equals(finding.getContradiction()) ? (zh ? "矛盾 " : "CONTRADICTION ") : "";
                out.append("    ").append(Boolean.TRUE.equals(finding.getContradiction()) ? "✗ " : "· ").append(mark)
                        .append(String.join(", ", finding.getTargetIds())).append(": ").append(text(finding.getMessage()))
                        .append('\n');
            }
        }
        if (jurisdiction.getActiveDesignations() != null && !jurisdiction.getActiveDesignations().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (DesignationTally tally : jurisdiction.getActiveDesignations()) {
                parts.add(Labels.title(tally.getTier().toString(), zh) + "·" + Labels.title(tally.getLevel().toString(), zh) + " "
                        + tally.getEnterprises());
            }
            out.append(zh ? "  有效认定（企业数）：" : "  Active designations (enterprises): ")
                    .append(String.join(zh ? "；" : "; ", parts)).append('\n');
        }
        if (jurisdiction.getNotes() != null) {
            for (LocalizedText note : jurisdiction.getNotes()) {
                out.append(zh ? "  说明：" : "  Note: ").append(text(note)).append('\n');
            }
        }
    }

    private void target(StringBuilder out, TargetProgress target) {
        boolean ratio = target.getMetricKind() != null && target.getMetricKind() != TargetProgress.MetricKindEnum.COUNT;
        String status = statusLabel(target.getStatus().value());
        String title = target.getTitle() != null ? text(target.getTitle()) : target.getTargetId();
        if (Boolean.TRUE.equals(target.getAspirational())) {
            title += zh ? " 〔力争〕" : " [aspirational]";
        }
        if (target.getRecurrence() == TargetProgress.RecurrenceEnum.YEARLY) {
            title += zh ? " 〔每年〕" : " [every year]";
        }
        out.append("  ").append(pad(status, 12)).append(left(number(target.getTargetValue(), ratio), 9))
                .append(left(number(target.getActual(), ratio), 9))
                .append(left(target.getExpectedByNow() == null ? "—" : number(target.getExpectedByNow(), ratio), 10))
                .append(left(number(target.getGap(), ratio), 8)).append("  ")
                .append(pad(target.getDueDate() == null ? "—" : target.getDueDate().toString(), 12)).append(title)
                .append('\n');
        String indent = "      ";
        if (ratio && target.getNumerator() != null) {
            out.append(indent).append(zh ? "分子 ÷ 分母 = " : "numerator ÷ denominator = ").append(target.getNumerator())
                    .append(" ÷ ").append(target.getDenominator()).append('\n');
        }
        if (target.getYears() != null) {
            for (YearProgress year : target.getYears()) {
                out.append(indent).append(zh ? year.getYear() + "年" : String.valueOf(year.getYear()))
                        .append(year.getComplete() ? "" : (zh ? "（进行中）" : " (in progress)")).append(zh ? "：实际 " : ": actual ")
                        .append(number(year.getActual(), ratio));
                if (year.getNumerator() != null) {
                    out.append(zh ? "（" : " (").append(year.getNumerator()).append(" ÷ ").append(year.getDenominator())
                            .append(zh ? "）" : ")");
                }
                out.append(zh ? "，目标 " : ", target ").append(number(year.getTargetValue(), ratio)).append(zh ? "，" : ", ")
                        .append(statusLabel(year.getStatus().value())).append('\n');
            }
        }
        if (target.getQuotas() != null) {
            for (QuotaProgress quota : target.getQuotas()) {
                out.append(indent).append(zh ? "配额" : "Quota").append(quota.getYear() == null ? "" : " " + quota.getYear())
                        .append(zh ? "：" : ": ").append(quota.getName()).append(' ').append(quota.getJurisdiction())
                        .append(zh ? " 应达 " : " required ").append(quota.getRequired());
                if (quota.getRatioDenominator() != null) {
                    out.append(" = max(").append(quota.getMinimumCount()).append(", ⌈")
                            .append(Numbers.plain(quota.getRatioFraction())).append(" × ").append(quota.getRatioDenominator())
                            .append("⌉)");
                }
                out.append(zh ? "，实际 " : ", actual ").append(quota.getActual()).append(zh ? "，" : ", ")
                        .append(statusLabel(quota.getStatus().value())).append('\n');
            }
        }
        if (target.getNeededPerRemainingYear() != null && !target.getNeededPerRemainingYear().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (YearNeed need : target.getNeededPerRemainingYear()) {
                parts.add(zh ? need.getYear() + "年 " + Numbers.plain(need.getNeeded())
                        : need.getYear() + ": " + Numbers.plain(need.getNeeded()));
            }
            out.append(indent).append(zh ? "剩余各年需新增：" : "Needed per remaining year: ")
                    .append(String.join(zh ? "，" : ", ", parts)).append('\n');
        }
    }

    /** A jurisdiction's level for a heading: 县级, 地级, 省级, 国家 / County, Prefecture, Province, State. */
    private String levelName(String level) {
        return switch (level) {
            case "NATIONAL" -> zh ? "国家" : "national";
            case "PROVINCIAL" -> zh ? "省级" : "province";
            case "PREFECTURAL" -> zh ? "地级" : "prefecture";
            default -> zh ? "县级" : "county";
        };
    }

    private String statusLabel(String status) {
        Status value = Status.valueOf(status);
        String mark = switch (value) {
            case MET -> "✓ ";
            case ON_TRACK -> "● ";
            case AT_RISK -> "▲ ";
            case BEHIND -> "✗ ";
        };
        return mark + (zh ? value.zh() : value.en());
    }

    private String text(LocalizedText text) {
        return zh ? text.getZh() : text.getEn();
    }

    private static String number(BigDecimal value, boolean ratio) {
        if (value == null) {
            return "—";
        }
        return ratio ? Numbers.percent(value) : Numbers.plain(value);
    }

    /** Pads on the right to a display width (a CJK character is two columns wide). */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - width(text)));
    }

    /** Pads on the left to a display width. */
    static String left(String text, int width) {
        return " ".repeat(Math.max(1, width - width(text))) + text;
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int codePoint = text.codePointAt(i);
            boolean wide = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                    || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
            width += wide ? 2 : 1;
        }
        return width;
    }
}
