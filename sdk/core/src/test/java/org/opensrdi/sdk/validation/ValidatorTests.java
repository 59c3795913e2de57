package org.opensrdi.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;

/**
 * The five validation layers of spec/docs/validation.md, each rule with a passing and a failing case.
 * USCCs used here were computed by hand with the GB 32100 / GB 11714 algorithms (national-rules §5)
 * and are checked against published vectors in {@code UsccTests}:
 * 91652722MA7A000178 and 91652722MA7A000253 (精河县 652722), 91652701MA7B000346 (博乐市 652701),
 * 91652722MA7A00018B (embedded organisation code should end in 7, not 8; 18th character recomputed).
 */
class ValidatorTests {

    static final String JINGHE_A = "91652722MA7A000178";
    static final String JINGHE_B = "91652722MA7A000253";
    static final String BOLE_C = "91652701MA7B000346";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    final Validator validator = Validator.builder().asOf(AS_OF).build();

    static String enterprise(String uscc, String division, String figures) {
        return "{\"enterprise\":{\"uscc\":\"" + uscc + "\",\"name\":\"精河县示例机械有限公司\",\"divisionCode\":\"" + division
                + "\",\"industryCode\":\"3484\",\"registrationDate\":\"2015-05-20\""
                + (figures == null ? "" : ",\"yearlyFigures\":[" + figures + "]") + "}}";
    }

    static String enterprise(String uscc) {
        return enterprise(uscc, "652722", null);
    }

    static String year(String fields) {
        return "{\"fiscalYear\":2024" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    static String designation(String uscc, String tier, String level, String granting, String date, String extra) {
        return "{\"designation\":{\"enterpriseUscc\":\"" + uscc + "\",\"tier\":\"" + tier + "\",\"level\":\"" + level
                + "\",\"grantingJurisdiction\":\"" + granting + "\",\"designationDate\":\"" + date
                + "\",\"recognitionType\":\"FIRST\"" + (extra.isEmpty() ? "" : "," + extra) + "}}";
    }

    ValidationReport ndjson(String... lines) {
        return ndjson(validator, String.join("\n", lines));
    }

    static ValidationReport ndjson(Validator validator, String text) {
        return validator.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.ndjson",
                InputFormat.NDJSON);
    }

    static List<String> found(ValidationReport report) {
        return report.getIssueGroups().stream().map(IssueGroup::getIssues).flatMap(List::stream)
                .map(i -> i.getCode() + " " + i.getLocation().getPointer()).collect(Collectors.toList());
    }

    static List<String> codes(ValidationReport report) {
        return report.getIssueGroups().stream().map(IssueGroup::getCode).toList();
    }

    static void assertCountsAddUp(ValidationReport report) {
        assertThat(report.getCounts().getRecordsAccepted() + report.getCounts().getRecordsRejected())
                .isEqualTo(report.getCounts().getRecordsRead());
    }

    @Test
    void aValidDatasetIsAcceptedWithNoIssues() {
        ValidationReport report = ndjson(enterprise(JINGHE_A),
                designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2024-05-20",
                        "\"termStart\":\"2024-05-20\",\"termEnd\":\"2027-05-19\",\"status\":\"ACTIVE\""));
        assertThat(found(report)).isEmpty();
        assertThat(report.getAccepted()).isTrue();
        assertThat(report.getCounts().getRecordsRead()).isEqualTo(2);
        assertThat(report.getCounts().getRecordsAccepted()).isEqualTo(2);
        assertThat(report.getAsOfDate()).isEqualTo(AS_OF);
    }

    @Nested
    class Syntax {

        @Test
        void aBomIsInformationOnly() {
            ValidationReport report = ndjson(validator, "\uFEFF" + enterprise(JINGHE_A));
            assertThat(codes(report)).containsExactly("SRDI-I1001");
            assertThat(report.getAccepted()).isTrue();
        }

        @Test
        void brokenLinesAreReportedAndTheRestIsStillValidated() throws java.io.IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            bytes.write((enterprise(JINGHE_A) + "\n{\"enterprise\": \n").getBytes(StandardCharsets.UTF_8));
            bytes.write(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}); // 0xC3 must be followed by 0x80–0xBF
            bytes.write(("\n[1,2]\n" + enterprise(JINGHE_B)).getBytes(StandardCharsets.UTF_8));
            ValidationReport report = validator.validate(new ByteArrayInputStream(bytes.toByteArray()), "t.ndjson",
                    InputFormat.NDJSON);
            assertThat(codes(report)).containsExactlyInAnyOrder("SRDI-E1102", "SRDI-E1003", "SRDI-E1202");
            assertThat(report.getCounts().getRecordsRead()).isEqualTo(5);
            assertThat(report.getCounts().getRecordsAccepted()).isEqualTo(2);
            assertThat(report.getCounts().getRecordsRejected()).isEqualTo(3);
            ValidationIssue encoding = report.getIssueGroups().stream().filter(g -> g.getCode().equals("SRDI-E1003"))
                    .findFirst().orElseThrow().getIssues().get(0);
            assertThat(encoding.getLocation().getLine()).isEqualTo(3);
            assertThat(encoding.getLocation().getRecordIndex()).isEqualTo(2);
        }

        @Test
        void limitsAreReportedPerLine() {
            String deep = "[".repeat(70) + "]".repeat(70);
            String longNumber = "{\"enterprise\":{\"uscc\":1" + "0".repeat(80) + "}}";
            String duplicate = "{\"enterprise\":{\"uscc\":\"" + JINGHE_A + "\",\"uscc\":\"" + JINGHE_B + "\"}}";
            String nul = "{\"enterprise\":{\"name\":\"a\u0000b\"}}";
            ValidationReport report = ndjson(deep, longNumber, duplicate, nul, enterprise(JINGHE_A));
            assertThat(codes(report)).containsExactlyInAnyOrder("SRDI-E1114", "SRDI-E1115", "SRDI-E1118", "SRDI-E1005");
            assertThat(report.getCounts().getRecordsAccepted()).isEqualTo(1);
            assertCountsAddUp(report);
        }

        @Test
        void aLineLongerThanTheLimitIsSkipped() {
            Validator small = Validator.builder().asOf(AS_OF).maxRecordBytes(400).build();
            ValidationReport report = ndjson(small, enterprise(JINGHE_A) + "\n" + "{\"x\":\"" + "y".repeat(500) + "\"}");
            assertThat(codes(report)).containsExactly("SRDI-E1117");
            assertThat(report.getCounts().getRecordsRead()).isEqualTo(2);
        }

        @Test
        void anEmptyInputIsFatal() {
            ValidationReport report = ndjson(validator, "\n\n");
            assertThat(codes(report)).containsExactly("SRDI-F1006");
            assertThat(report.getAccepted()).isFalse();
        }

        @Test
        void aBareEnterpriseLineIsReadAsAnEnterpriseRecord() {
            String bare = enterprise(JINGHE_A).substring("{\"enterprise\":".length(), enterprise(JINGHE_A).length() - 1);
            assertThat(found(ndjson(bare))).isEmpty();
        }
    }

    @Nested
    class Schema {

        @Test
        void schemaViolationsAreMappedToCodesAndPointers() {
            ValidationReport report = ndjson(
                    "{\"enterprise\":{\"uscc\":\"" + JINGHE_A + "\",\"divisionCode\":\"652722\",\"industryCode\":\"3484\",\"registrationDate\":\"2015-05-20\"}}",
                    designation(JINGHE_A, "SUPER_GIANT", "NATIONAL", "000000", "2024-05-20", ""),
                    enterprise(JINGHE_B, "652722", year("\"operatingRevenue\":1000.005")),
                    "{\"enterprise\":{\"uscc\":\"" + BOLE_C + "\",\"name\":\"x\",\"divisionCode\":\"652701\",\"industryCode\":\"3484\",\"registrationDate\":\"2015-02-30\",\"colour\":\"red\"}}",
                    "{\"enterprise\":" + enterprise(JINGHE_A).substring(14, enterprise(JINGHE_A).length() - 1)
                            + ",\"event\":{}}");
            assertThat(found(report)).contains(
                    "SRDI-E2001 /enterprise/name",
                    "SRDI-E2003 /designation/tier",
                    "SRDI-E2006 /enterprise/yearlyFigures/0/operatingRevenue",
                    "SRDI-E2008 /enterprise/registrationDate",
                    "SRDI-E2007 /enterprise/colour",
                    "SRDI-E2011 ");
            assertCountsAddUp(report);
        }
    }

    @Nested
    class RecordRules {

        @Test
        void usccCheckCharactersOfBothLayers() {
            ValidationReport report = ndjson(enterprise("91652722MA7A000179"), enterprise("91652722MA7A00018B"));
            assertThat(found(report)).containsExactlyInAnyOrder("SRDI-E4101 /enterprise/uscc", "SRDI-E4102 /enterprise/uscc");
            ValidationIssue wrong = report.getIssueGroups().get(0).getIssues().get(0);
            assertThat(wrong.getMessage().getEn()).contains("'8'");
        }

        @Test
        void usccDivisionMayBeTheRegistrationOrAnAncestorButNotUnrelated() {
            // 91652700MA7C000438 was registered at the prefecture (652700), an ancestor of 精河县: fine.
            // BOLE_C was registered in 博乐市 (652701), which does not contain 精河县 (652722).
            ValidationReport report = ndjson(enterprise("91652700MA7C000438", "652722", null),
                    enterprise(BOLE_C, "652722", null));
            assertThat(found(report)).containsExactly("SRDI-W4103 /enterprise/uscc");
        }

        @Test
        void divisionAndIndustryCodesComeFromTheCodeLists() {
            ValidationReport report = ndjson(enterprise(JINGHE_A, "652799", null),
                    enterprise(JINGHE_B, "371200", null).replace("3484", "9999"));
            // 371200 莱芜市 was withdrawn in 2018 (gbt2260-withdrawn.csv): a warning, not "unknown".
            assertThat(found(report)).containsExactlyInAnyOrder("SRDI-E4201 /enterprise/divisionCode",
                    "SRDI-W4202 /enterprise/divisionCode", "SRDI-E4203 /enterprise/industryCode");
            ValidationIssue withdrawn = report.getIssueGroups().stream().filter(g -> g.getCode().equals("SRDI-W4202"))
                    .findFirst().orElseThrow().getIssues().get(0);
            assertThat(withdrawn.getMessage().getZh()).contains("2018");
        }

        @Test
        void oneYearsFiguresMustBeConsistent() {
            ValidationReport report = ndjson(enterprise(JINGHE_A, "652722", year(
                    "\"employees\":50,\"rdStaff\":60,\"technicalStaff\":55,\"operatingRevenue\":1000000,"
                            + "\"mainBusinessRevenue\":1200000,\"rdExpense\":1500000,\"rdExpenseDomestic\":1600000,"
                            + "\"rdExpenseCapitalised\":1700000,\"totalIncome\":100,\"highTechProductRevenue\":200")));
            assertThat(found(report)).containsExactlyInAnyOrder(
                    "SRDI-E4301 /enterprise/yearlyFigures/0/rdExpense",
                    "SRDI-E4302 /enterprise/yearlyFigures/0/mainBusinessRevenue",
                    "SRDI-E4303 /enterprise/yearlyFigures/0/rdStaff",
                    "SRDI-E4304 /enterprise/yearlyFigures/0/rdExpenseDomestic",
                    "SRDI-E4307 /enterprise/yearlyFigures/0/rdExpenseCapitalised",
                    "SRDI-W4308 /enterprise/yearlyFigures/0/technicalStaff",
                    "SRDI-W4309 /enterprise/yearlyFigures/0/highTechProductRevenue");
        }

        @Test
        void equalFiguresAreConsistent() {
            ValidationReport report = ndjson(enterprise(JINGHE_A, "652722", year(
                    "\"employees\":50,\"rdStaff\":50,\"operatingRevenue\":1000000,\"mainBusinessRevenue\":1000000,"
                            + "\"rdExpense\":1000000,\"rdExpenseDomestic\":1000000")));
            assertThat(found(report)).isEmpty();
        }

        @Test
        void fiscalYearsAreUniqueNotAfterTheAsOfYearAndNotBeforeRegistration() {
            String figures = "{\"fiscalYear\":2024},{\"fiscalYear\":2024},{\"fiscalYear\":2026},{\"fiscalYear\":2014}";
            ValidationReport report = ndjson(enterprise(JINGHE_A, "652722", figures));
            assertThat(found(report)).containsExactlyInAnyOrder(
                    "SRDI-E4305 /enterprise/yearlyFigures/1/fiscalYear",
                    "SRDI-E4306 /enterprise/yearlyFigures/2/fiscalYear",
                    "SRDI-E4701 /enterprise/yearlyFigures/3/fiscalYear");
        }

        @Test
        void revenueEnteredIn10kYuanIsAWarning() {
            // The issue's own example: 3,000 yuan of revenue with 200 employees is 15 yuan a head,
            // far under 1,000; assets of 150,000 with 200 employees are 750 a head.
            ValidationReport report = ndjson(enterprise(JINGHE_A, "652722",
                    year("\"employees\":200,\"operatingRevenue\":3000,\"totalAssets\":150000")));
            assertThat(found(report)).containsExactlyInAnyOrder("SRDI-W4401 /enterprise/yearlyFigures/0/operatingRevenue",
                    "SRDI-W4402 /enterprise/yearlyFigures/0/totalAssets");
            assertThat(report.getAccepted()).isTrue();
            // 200 × 1,000 = 200,000 yuan is exactly on the line: plausible.
            assertThat(found(ndjson(enterprise(JINGHE_A, "652722",
                    year("\"employees\":200,\"operatingRevenue\":200000"))))).isEmpty();
            // Fewer than ten employees: no judgement.
            assertThat(found(ndjson(enterprise(JINGHE_A, "652722",
                    year("\"employees\":9,\"operatingRevenue\":3000"))))).isEmpty();
        }

        @Test
        void designationDatesAndTerms() {
            ValidationReport report = ndjson(enterprise(JINGHE_A),
                    designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2024-05-20",
                            "\"termStart\":\"2024-05-20\",\"termEnd\":\"2024-05-01\""),
                    // 科技和创新型中小企业 exists from 2026-04-01 (工信部企业〔2026〕2号).
                    designation(JINGHE_A, "TECH_INNOVATIVE_SME", "PROVINCIAL", "650000", "2025-06-01", ""),
                    designation(JINGHE_A, "LITTLE_GIANT", "NATIONAL", "000000", "2023-07-01",
                            "\"termStart\":\"2023-07-01\",\"termEnd\":\"2025-06-30\",\"status\":\"ACTIVE\""),
                    designation(JINGHE_A, "HIGH_TECH_ENTERPRISE", "PROVINCIAL", "650000", "2025-07-01",
                            "\"status\":\"ACTIVE\",\"revocationDate\":\"2025-01-01\""),
                    designation(JINGHE_A, "SRDI_SME", "NATIONAL", "650000", "2022-05-20", ""));
            assertThat(found(report)).containsExactlyInAnyOrder(
                    "SRDI-E4501 /designation/termEnd",
                    "SRDI-E4502 /designation/designationDate",
                    "SRDI-W4504 /designation/termEnd",
                    "SRDI-E4507 /designation/designationDate",
                    "SRDI-E4505 /designation/revocationDate",
                    "SRDI-W4204 /designation/level");
        }

        @Test
        void aThreeYearTermMayEndTheDayBeforeOrOnTheAnniversary() {
            ValidationReport report = ndjson(enterprise(JINGHE_A),
                    designation(JINGHE_A, "LITTLE_GIANT", "NATIONAL", "000000", "2023-07-01",
                            "\"termStart\":\"2023-07-01\",\"termEnd\":\"2026-06-30\""),
                    designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2023-07-01",
                            "\"termStart\":\"2023-07-01\",\"termEnd\":\"2026-07-01\""));
            assertThat(found(report)).isEmpty();
        }

        @Test
        void staleStatusAndReplacedTiers() {
            Validator later = Validator.builder().asOf(LocalDate.of(2026, 6, 30)).build();
            ValidationReport report = ndjson(later, String.join("\n", enterprise(JINGHE_A),
                    designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2022-05-20",
                            "\"termStart\":\"2022-05-20\",\"termEnd\":\"2025-05-19\",\"status\":\"ACTIVE\""),
                    // First designations of 创新型中小企业 end with the 2026 merger into 科技和创新型.
                    designation(JINGHE_A, "INNOVATIVE_SME", "PROVINCIAL", "650000", "2026-05-01", "")));
            assertThat(found(report)).containsExactlyInAnyOrder("SRDI-W4506 /designation/status",
                    "SRDI-W4503 /designation/designationDate");
        }

        @Test
        void eventsNeedTheAmountsOfTheirKind() {
            String base = "{\"event\":{\"enterpriseUscc\":\"" + JINGHE_A + "\",\"date\":\"2024-09-12\",";
            ValidationReport report = ndjson(enterprise(JINGHE_A),
                    base + "\"kind\":\"RD_CENTRE_CONSTRUCTION\"}}",
                    base + "\"kind\":\"TECHNICAL_UPGRADE\",\"totalInvestment\":10000000,\"equipmentPurchase\":12000000}}",
                    base + "\"kind\":\"AWARD_RECEIVED\",\"awardingJurisdiction\":\"652700\"}}");
            assertThat(found(report)).containsExactlyInAnyOrder("SRDI-E4601 /event/constructionCost",
                    "SRDI-E4602 /event/equipmentPurchase", "SRDI-E4601 /event/awardAmount");
        }
    }

    @Nested
    class DatasetRules {

        @Test
        void duplicatesAndDanglingReferences() {
            ValidationReport report = ndjson(enterprise(JINGHE_A), enterprise(JINGHE_A),
                    designation(JINGHE_B, "SRDI_SME", "PROVINCIAL", "650000", "2024-05-20", "\"id\":\"D1\""),
                    designation(JINGHE_A, "SRDI_SME", "PREFECTURAL", "652700", "2024-05-20", "\"id\":\"D1\""),
                    "{\"event\":{\"enterpriseUscc\":\"" + BOLE_C + "\",\"kind\":\"LISTING\",\"date\":\"2024-01-02\"}}");
            assertThat(found(report)).containsExactlyInAnyOrder("SRDI-E5001 /enterprise/uscc",
                    "SRDI-E5002 /designation/enterpriseUscc", "SRDI-E5006 /designation/id",
                    "SRDI-E5003 /event/enterpriseUscc");
            assertThat(report.getCounts().getRecordsRejected()).isEqualTo(4);
            assertCountsAddUp(report);
        }

        @Test
        void aDesignationMayComeBeforeItsEnterprise() {
            ValidationReport report = ndjson(designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2024-05-20", ""),
                    enterprise(JINGHE_A));
            assertThat(found(report)).isEmpty();
        }

        @Test
        void overlappingTermsOfTheSameTierAndLevel() {
            String first = designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2021-05-20",
                    "\"termStart\":\"2021-05-20\",\"termEnd\":\"2024-05-19\"");
            String renewal = designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2024-05-20",
                    "\"termStart\":\"2024-05-20\",\"termEnd\":\"2027-05-19\"").replace("FIRST", "RENEWAL");
            String overlapping = designation(JINGHE_A, "SRDI_SME", "PROVINCIAL", "650000", "2024-05-19",
                    "\"termStart\":\"2024-05-19\",\"termEnd\":\"2027-05-18\"");
            String otherLevel = designation(JINGHE_A, "SRDI_SME", "PREFECTURAL", "652700", "2022-01-10",
                    "\"termStart\":\"2022-01-10\",\"termEnd\":\"2025-01-09\"");
            assertThat(found(ndjson(enterprise(JINGHE_A), first, renewal, otherLevel))).isEmpty();
            assertThat(found(ndjson(enterprise(JINGHE_A), first, overlapping)))
                    .containsExactly("SRDI-E5004 /designation/termStart");
        }

        @Test
        void enterprisesMustBeInsideTheSubmittingJurisdiction() {
            String submission = "{\"specVersion\":\"0.1.0\",\"submittingJurisdiction\":\"652722\","
                    + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},\"records\":["
                    + enterprise(JINGHE_A) + "," + enterprise(BOLE_C, "652701", null) + "]}";
            ValidationReport report = validator.validate(new ByteArrayInputStream(submission.getBytes(StandardCharsets.UTF_8)),
                    "s.json", InputFormat.SUBMISSION_JSON);
            assertThat(found(report)).containsExactly("SRDI-E5005 /enterprise/divisionCode");
            // The same when the envelope follows the records.
            String late = "{\"records\":[" + enterprise(JINGHE_A) + "," + enterprise(BOLE_C, "652701", null)
                    + "],\"specVersion\":\"0.1.0\",\"submittingJurisdiction\":\"652700\","
                    + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}}";
            assertThat(found(validator.validate(new ByteArrayInputStream(late.getBytes(StandardCharsets.UTF_8)),
                    "s.json", InputFormat.SUBMISSION_JSON))).isEmpty();
        }
    }
}
