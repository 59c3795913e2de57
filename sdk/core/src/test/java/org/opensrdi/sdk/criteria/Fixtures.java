package org.opensrdi.sdk.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import org.opensrdi.model.ComplianceFacts;
import org.opensrdi.model.CriteriaFacts;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.FiscalYearFigures;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;

/**
 * Enterprise records for the criteria tests, built with the generated model. Every figure a test
 * asserts on is set by the test itself, next to the hand calculation that gives the expected value.
 */
final class Fixtures {

    /** The bundled rule sets, shared as an embedder would share them. */
    static final CriteriaEvaluator CRITERIA = CriteriaEvaluator.bundled();

    /** Y = 2024, so “last year” is FY2023 and the 2022 regime applies. */
    static final LocalDate AS_OF_2024 = LocalDate.of(2024, 6, 30);

    /** Y = 2026 after 2026-04-01, so the 2026 regime applies. */
    static final LocalDate AS_OF_2026 = LocalDate.of(2026, 6, 30);

    private Fixtures() {
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    /**
     * An independent legal person in 博乐市 (652701) with every general-eligibility fact true and no
     * figures yet.
     *
     * @param industryCode its GB/T 4754-2017 class
     */
    static Enterprise enterprise(String industryCode) {
        return new Enterprise().uscc("91652701MA77UQ3T7C").name("博乐市示例科技有限公司").divisionCode("652701")
                .industryCode(industryCode).registrationDate(LocalDate.of(2015, 3, 1)).independentLegalPerson(true)
                .criteriaFacts(new CriteriaFacts().compliance(new ComplianceFacts().notInAbnormalOperationList(true)
                        .notSeriouslyDishonest(true).productsNotProhibited(true).noMajorIncidents(true)));
    }

    /** The figures of a fiscal year, added to the enterprise if absent. */
    static FiscalYearFigures year(Enterprise enterprise, int fiscalYear) {
        if (enterprise.getYearlyFigures() == null) {
            enterprise.setYearlyFigures(new ArrayList<>());
        }
        for (FiscalYearFigures figures : enterprise.getYearlyFigures()) {
            if (figures.getFiscalYear() == fiscalYear) {
                return figures;
            }
        }
        FiscalYearFigures figures = new FiscalYearFigures().fiscalYear(fiscalYear);
        enterprise.getYearlyFigures().add(figures);
        return figures;
    }

    /** The criteria facts, never null for an enterprise made here. */
    static CriteriaFacts facts(Enterprise enterprise) {
        return enterprise.getCriteriaFacts();
    }

    /** Empty award, Maker China and standards lists: present, so “none” rather than unknown. */
    static Enterprise withEmptyRecords(Enterprise enterprise) {
        facts(enterprise).scienceAwards(new ArrayList<>()).makerChinaResults(new ArrayList<>())
                .standardsDrafted(new ArrayList<>());
        return enterprise;
    }

    /** An active designation with the given term. */
    static Designation designation(Tier tier, Level level, String termStart, String termEnd) {
        return new Designation().id(tier + "-" + termStart).enterpriseUscc("91652701MA77UQ3T7C").tier(tier).level(level)
                .grantingJurisdiction(level == Level.NATIONAL ? "000000" : "650000")
                .designationDate(LocalDate.parse(termStart)).termStart(LocalDate.parse(termStart))
                .termEnd(termEnd == null ? null : LocalDate.parse(termEnd)).recognitionType(RecognitionType.FIRST)
                .status(Designation.StatusEnum.ACTIVE);
    }

    static EvaluationOptions withDesignations(Designation... designations) {
        return EvaluationOptions.builder().designations(java.util.List.of(designations)).build();
    }
}
