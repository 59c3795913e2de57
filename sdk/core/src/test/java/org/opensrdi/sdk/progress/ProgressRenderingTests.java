package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.sdk.OpenSrdi;

/** The text table, the SVG charts and the JSON of a report, on the Bortala sample as of 2025-06-30. */
class ProgressRenderingTests {

    private static final ProgressReport REPORT = ProgressFixtures.report("bortala-2025h1", "652700");

    @Test
    void theTextTableShowsEachTargetsStatusAndNumbersInTheChosenLanguage() {
        String zh = ProgressText.render(REPORT, Locale.CHINESE);
        String en = ProgressText.render(REPORT, Locale.ENGLISH);

        assertThat(zh).startsWith("博尔塔拉蒙古自治州 652700（地级）· 基准日 2025-06-30\n")
                .contains("▲ 存在风险", "62.17", "到2025年创新型中小企业累计70家以上 〔力争〕", "剩余各年需新增：2025年 10",
                        "配额 2024：精河县 652722 应达 4 = max(3, ⌈0.1 × 35⌉)，实际 3，✗ 滞后");
        assertThat(en).startsWith("652700 博尔塔拉蒙古自治州 (prefecture) · as of 2025-06-30\n")
                .contains("▲ at risk", "[aspirational]", "Needed per remaining year: 2025: 10");
    }

    @Test
    void theChartIsOneSelfContainedSvgWithBothLanguages() {
        String svg = ProgressChart.svg(REPORT, ProgressFixtures.level(REPORT, "652700"), Locale.CHINESE);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n")
                .doesNotContain("<script", "href=")
                .contains("存在风险 AT RISK", "目标 target 70", "应达 expected 62.17", "实际 actual 60", "基准日 as of 2025-06-30",
                        "下级区划指标 Sub-jurisdiction quotas", "3 / 4  滞后");
        assertThat(count(svg, "<text")).isEqualTo(count(svg, "</text>"));
        assertThat(count(svg, "<g>")).isEqualTo(count(svg, "</g>"));
        // Quotes in titles are escaped.
        assertThat(svg).doesNotContain("\"小巨人\"");
    }

    @Test
    void theJsonReportReadsBackAsTheSameDocument() throws Exception {
        String json = OpenSrdi.jsonMapper().writeValueAsString(REPORT);
        ProgressReport read = OpenSrdi.jsonMapper().readValue(json, ProgressReport.class);

        assertThat(OpenSrdi.jsonMapper().readTree(OpenSrdi.jsonMapper().writeValueAsString(read)))
                .isEqualTo(OpenSrdi.jsonMapper().readTree(json));
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
