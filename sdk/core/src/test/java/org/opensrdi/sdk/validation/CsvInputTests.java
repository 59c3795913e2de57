package org.opensrdi.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;

/**
 * CSV enterprise-year rows (spec/formats/csv-enterprise-year.csv): English, Chinese and alias
 * headers, broken rows skipped, issues located by row and header. USCCs as in {@link ValidatorTests}.
 */
class CsvInputTests {

    final Validator validator = Validator.builder().asOf(LocalDate.of(2025, 6, 30)).build();

    ValidationReport csv(String text) {
        return validator.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", InputFormat.CSV);
    }

    static List<ValidationIssue> issues(ValidationReport report, String code) {
        return report.getIssueGroups().stream().filter(g -> g.getCode().equals(code)).findFirst()
                .map(IssueGroup::getIssues).orElse(List.of());
    }

    @Test
    void englishChineseAndAliasHeadersAreAllAccepted() {
        String english = "uscc,name,divisionCode,industryCode,registrationDate,fiscalYear,operatingRevenue\n"
                + "91652722MA7A000178,精河县示例机械有限公司,652722,3484,2015-05-20,2024,56000000.50\n";
        String chinese = "统一社会信用代码,名称,区划代码,国民经济行业代码,成立日期,年度,营业收入,是否规上\n"
                + "91652722MA7A000178,精河县示例机械有限公司,652722,3484,2015-05-20,2024,56000000.50,是\n";
        assertThat(csv(english).getIssueGroups()).isEmpty();
        assertThat(csv(chinese).getIssueGroups()).isEmpty();
    }

    @Test
    void brokenRowsAreReportedWithTheirRowAndHeaderAndTheRestIsValidated() {
        ValidationReport report = csv("统一社会信用代码,企业名称,行政区划代码,行业代码,成立日期,会计年度,营业收入（元）,备注\n"
                + "91652722MA7A000178,精河县示例机械有限公司,652722,3484,2015-05-20,2024,56000000,x\n"
                + "91652722MA7A000253,精河县示例光伏有限公司,652722,3825,2019-07-08,2024\n"
                + "91652722MA7A000253,精河县示例光伏有限公司,652722,3825,2019-07-08,2024,1.2万,y\n"
                + "91652722MA7A000178,精河县示例机械有限公司,652722,3484,2015-05-20,2023,50000000,z\n"
                + "91652722MA7A000178,精河县示例机械有限公司,652722,3484,2015-05-20,2024,56000000,z\n");
        assertThat(issues(report, "SRDI-W1303")).singleElement()
                .satisfies(i -> assertThat(i.getLocation().getHeader()).isEqualTo("备注"));
        assertThat(issues(report, "SRDI-E1302")).singleElement()
                .satisfies(i -> assertThat(i.getLocation().getLine()).isEqualTo(3));
        assertThat(issues(report, "SRDI-E1304")).singleElement().satisfies(i -> {
            assertThat(i.getLocation().getLine()).isEqualTo(4);
            assertThat(i.getLocation().getHeader()).isEqualTo("营业收入（元）");
            assertThat(i.getLocation().getColumn()).isEqualTo(7);
            assertThat(i.getLocation().getPointer()).isEqualTo("/enterprise/yearlyFigures/0/operatingRevenue");
        });
        // The same enterprise may have one row per year, but not two rows for 2024.
        assertThat(issues(report, "SRDI-E5008")).singleElement()
                .satisfies(i -> assertThat(i.getLocation().getLine()).isEqualTo(6));
        assertThat(report.getCounts().getRecordsRead()).isEqualTo(5);
        assertThat(report.getCounts().getRecordsAccepted()).isEqualTo(2);
    }

    @Test
    void recordRuleIssuesCarryTheHeaderOfTheirColumn() {
        ValidationReport report = csv("uscc,name,divisionCode,industryCode,registrationDate,fiscalYear,employees,营业收入（元）\n"
                + "91652722MA7A000178,精河县示例机械有限公司,652722,3484,2015-05-20,2024,200,3000\n");
        assertThat(issues(report, "SRDI-W4401")).singleElement()
                .satisfies(i -> assertThat(i.getLocation().getHeader()).isEqualTo("营业收入（元）"));
    }

    @Test
    void countedItemsOutsideTheSubmittingJurisdictionAreRejected() {
        String submission = "{\"specVersion\":\"0.1.0\",\"submittingJurisdiction\":\"500116\","
                + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},\"records\":["
                + "{\"countedItem\":{\"jurisdiction\":\"500116\",\"kind\":\"SMART_FACTORY\",\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},\"count\":2}},"
                + "{\"countedItem\":{\"jurisdiction\":\"500115\",\"kind\":\"SMART_FACTORY\",\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},\"count\":1}}]}";
        ValidationReport report = validator.validate(new ByteArrayInputStream(submission.getBytes(StandardCharsets.UTF_8)),
                "s.json", InputFormat.SUBMISSION_JSON);
        assertThat(report.getIssueGroups()).extracting(IssueGroup::getCode).containsExactly("SRDI-E5007");
        assertThat(issues(report, "SRDI-E5007").get(0).getLocation().getPointer()).isEqualTo("/countedItem/jurisdiction");
    }
}
