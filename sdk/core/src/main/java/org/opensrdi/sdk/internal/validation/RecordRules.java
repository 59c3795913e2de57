package org.opensrdi.sdk.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.opensrdi.model.CountedItem;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.FiscalYearFigures;
import org.opensrdi.sdk.identifiers.Uscc;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Layer 4: rules on one record with the code lists and the as-of date (spec/docs/validation.md §3.4).
 * Stateless and thread-safe. Internal, not API.
 */
public final class RecordRules {

    /**
     * Below this many yuan of revenue (or assets) per employee, with at least
     * {@link #PLAUSIBILITY_MIN_EMPLOYEES} employees, an amount looks like 万元 entered as yuan.
     * Assumption documented in spec/docs/validation.md: 3,000 yuan with 200 employees is 15 a head.
     */
    static final BigDecimal PLAUSIBLE_YUAN_PER_EMPLOYEE = new BigDecimal(1000);
    static final int PLAUSIBILITY_MIN_EMPLOYEES = 10;

    private final CodeLists codeLists;
    private final IssueCatalogue catalogue;
    private final LocalDate asOf;

    /**
     * Rules evaluated at an as-of date.
     *
     * @param codeLists the code lists
     * @param catalogue the issue catalogue
     * @param asOf the as-of date
     */
    public RecordRules(CodeLists codeLists, IssueCatalogue catalogue, LocalDate asOf) {
        this.codeLists = codeLists;
        this.catalogue = catalogue;
        this.asOf = asOf;
    }

    /**
     * Checks an enterprise record.
     *
     * @param enterprise the record, already schema-valid
     * @param at the record's location; pointers below are relative to {@code base}
     * @param base the JSON Pointer of the enterprise object inside the record
     * @param out receives the issues
     */
    public void checkEnterprise(Enterprise enterprise, IssueLocation at, String base, Consumer<Issue> out) {
        // Locations are built only for issues: most records have none.
        checkUscc(enterprise.getUscc(), at, base + "/uscc", out);
        String division = enterprise.getDivisionCode();
        boolean divisionKnown = checkDivision(division, at, base, "/divisionCode", out);
        if (divisionKnown && Uscc.hasValidForm(enterprise.getUscc())) {
            String usccDivision = enterprise.getUscc().substring(2, 8);
            // The registering authority may sit at the county, the prefecture or the province: only an
            // unrelated division is suspicious.
            if (codeLists.isCurrent(usccDivision) && !codeLists.isWithin(division, usccDivision)) {
                out.accept(catalogue.issue("SRDI-W4103", at.withPointer(base + "/uscc"),
                        "uscc_division", usccDivision, "division", division));
            }
        }
        if (!codeLists.isIndustryClass(enterprise.getIndustryCode())) {
            out.accept(catalogue.issue("SRDI-E4203", at.withPointer(base + "/industryCode"),
                    "value", enterprise.getIndustryCode()));
        }
        List<FiscalYearFigures> years = enterprise.getYearlyFigures();
        if (years == null) {
            return;
        }
        for (int i = 0; i < years.size(); i++) {
            FiscalYearFigures figures = years.get(i);
            Integer year = figures.getFiscalYear();
            if (seenBefore(years, i, year)) {
                out.accept(catalogue.issue("SRDI-E4305", at.withPointer(pointer(base, i, "/fiscalYear")), "year", year));
            }
            if (year > asOf.getYear()) {
                out.accept(catalogue.issue("SRDI-E4306", at.withPointer(pointer(base, i, "/fiscalYear")),
                        "year", year, "as_of", asOf));
            }
            LocalDate registered = enterprise.getRegistrationDate();
            if (registered != null && year < registered.getYear()) {
                out.accept(catalogue.issue("SRDI-E4701", at.withPointer(pointer(base, i, "/fiscalYear")),
                        "year", year, "registered", registered));
            }
            checkFigures(figures, year, at, base, i, out);
        }
    }

    /** Whether an earlier entry has the same fiscal year (a year list is short: at most 50). */
    private static boolean seenBefore(List<FiscalYearFigures> years, int index, Integer year) {
        for (int j = 0; j < index; j++) {
            if (year.equals(years.get(j).getFiscalYear())) {
                return true;
            }
        }
        return false;
    }

    /** The pointer of a property of the {@code i}-th year's figures. */
    private static String pointer(String base, int i, String property) {
        return base + "/yearlyFigures/" + i + property;
    }

    private void checkFigures(FiscalYearFigures f, Integer year, IssueLocation at, String base, int i,
            Consumer<Issue> out) {
        BigDecimal revenue = f.getOperatingRevenue();
        if (greater(f.getRdExpense(), revenue)) {
            out.accept(catalogue.issue("SRDI-E4301", at.withPointer(pointer(base, i, "/rdExpense")),
                    "year", year, "rd", f.getRdExpense(), "revenue", revenue));
        }
        if (greater(f.getMainBusinessRevenue(), revenue)) {
            out.accept(catalogue.issue("SRDI-E4302", at.withPointer(pointer(base, i, "/mainBusinessRevenue")),
                    "year", year, "main", f.getMainBusinessRevenue(), "revenue", revenue));
        }
        if (f.getRdStaff() != null && f.getEmployees() != null && f.getRdStaff() > f.getEmployees()) {
            out.accept(catalogue.issue("SRDI-E4303", at.withPointer(pointer(base, i, "/rdStaff")),
                    "year", year, "rd_staff", f.getRdStaff(), "employees", f.getEmployees()));
        }
        if (greater(f.getRdExpenseDomestic(), f.getRdExpense())) {
            out.accept(catalogue.issue("SRDI-E4304", at.withPointer(pointer(base, i, "/rdExpenseDomestic")),
                    "year", year, "domestic", f.getRdExpenseDomestic(), "rd", f.getRdExpense()));
        }
        if (greater(f.getRdExpenseCapitalised(), f.getRdExpense())) {
            out.accept(catalogue.issue("SRDI-E4307", at.withPointer(pointer(base, i, "/rdExpenseCapitalised")),
                    "year", year, "capitalised", f.getRdExpenseCapitalised(), "rd", f.getRdExpense()));
        }
        Integer staffBase = f.getEmployeesAnnualAverage() != null ? f.getEmployeesAnnualAverage() : f.getEmployees();
        if (f.getTechnicalStaff() != null && staffBase != null && f.getTechnicalStaff() > staffBase) {
            out.accept(catalogue.issue("SRDI-W4308", at.withPointer(pointer(base, i, "/technicalStaff")),
                    "year", year, "technical_staff", f.getTechnicalStaff(), "employees", staffBase));
        }
        if (greater(f.getHighTechProductRevenue(), f.getTotalIncome())) {
            out.accept(catalogue.issue("SRDI-W4309", at.withPointer(pointer(base, i, "/highTechProductRevenue")),
                    "year", year, "high_tech", f.getHighTechProductRevenue(), "income", f.getTotalIncome()));
        }
        Integer employees = f.getEmployees();
        if (employees != null && employees >= PLAUSIBILITY_MIN_EMPLOYEES) {
            BigDecimal floor = PLAUSIBLE_YUAN_PER_EMPLOYEE.multiply(BigDecimal.valueOf(employees));
            if (revenue != null && revenue.signum() > 0 && revenue.compareTo(floor) < 0) {
                out.accept(catalogue.issue("SRDI-W4401", at.withPointer(pointer(base, i, "/operatingRevenue")),
                        "year", year, "revenue", revenue, "employees", employees,
                        "per_employee_min", PLAUSIBLE_YUAN_PER_EMPLOYEE));
            }
            BigDecimal assets = f.getTotalAssets();
            if (assets != null && assets.signum() > 0 && assets.compareTo(floor) < 0) {
                out.accept(catalogue.issue("SRDI-W4402", at.withPointer(pointer(base, i, "/totalAssets")),
                        "year", year, "assets", assets, "employees", employees,
                        "per_employee_min", PLAUSIBLE_YUAN_PER_EMPLOYEE));
            }
        }
    }

    /**
     * Checks a designation record.
     *
     * @param designation the record, already schema-valid
     * @param at the record's location
     * @param base the JSON Pointer of the designation object inside the record
     * @param out receives the issues
     */
    public void checkDesignation(Designation designation, IssueLocation at, String base, Consumer<Issue> out) {
        checkUscc(designation.getEnterpriseUscc(), at, base + "/enterpriseUscc", out);
        String granting = designation.getGrantingJurisdiction();
        if (checkDivision(granting, at, base, "/grantingJurisdiction", out)) {
            String jurisdictionLevel = codeLists.levelOf(granting).orElseThrow();
            String level = designation.getLevel().toString();
            if (!jurisdictionLevel.equals(level)) {
                out.accept(catalogue.issue("SRDI-W4204", at.withPointer(base + "/level"),
                        "level", level, "jurisdiction", granting, "jurisdiction_level", jurisdictionLevel));
            }
        }
        LocalDate date = designation.getDesignationDate();
        String tier = designation.getTier().toString();
        if (date.isAfter(asOf)) {
            out.accept(catalogue.issue("SRDI-E4507", at.withPointer(base + "/designationDate"),
                    "field", "designationDate", "date", date, "as_of", asOf));
        }
        LocalDate start = designation.getTermStart();
        LocalDate end = designation.getTermEnd();
        if (start != null && end != null && end.isBefore(start)) {
            out.accept(catalogue.issue("SRDI-E4501", at.withPointer(base + "/termEnd"), "end", end, "start", start));
        }
        codeLists.tier(tier).ifPresent(period -> {
            boolean first = designation.getRecognitionType() == org.opensrdi.model.RecognitionType.FIRST;
            if (period.firstDesignationFrom() != null && date.isBefore(period.firstDesignationFrom())) {
                out.accept(catalogue.issue("SRDI-E4502", at.withPointer(base + "/designationDate"),
                        "tier", tier, "from", period.firstDesignationFrom(), "date", date));
            }
            if (first && period.firstDesignationUntil() != null && date.isAfter(period.firstDesignationUntil())) {
                out.accept(catalogue.issue("SRDI-W4503", at.withPointer(base + "/designationDate"),
                        "tier", tier, "until", period.firstDesignationUntil(), "date", date));
            }
            Integer termYears = period.termYears();
            // A term of N years runs from its start to the day before the N-th anniversary; allow the
            // common notation that ends on the anniversary itself.
            if (termYears != null && start != null && end != null && !end.isBefore(start)) {
                LocalDate anniversary = start.plusYears(termYears);
                if (end.isBefore(anniversary.minusDays(1)) || end.isAfter(anniversary)) {
                    out.accept(catalogue.issue("SRDI-W4504", at.withPointer(base + "/termEnd"),
                            "tier", tier, "start", start, "end", end));
                }
            }
        });
        Designation.StatusEnum status = designation.getStatus();
        LocalDate revoked = designation.getRevocationDate();
        if (revoked != null && (status != Designation.StatusEnum.REVOKED || !revoked.isAfter(date))) {
            out.accept(catalogue.issue("SRDI-E4505", at.withPointer(base + "/revocationDate"),
                    "revoked", revoked, "date", date, "status", status));
        }
        if (status == Designation.StatusEnum.ACTIVE && end != null && end.isBefore(asOf)) {
            out.accept(catalogue.issue("SRDI-W4506", at.withPointer(base + "/status"), "end", end, "as_of", asOf));
        }
    }

    /**
     * Checks an event record.
     *
     * @param event the record, already schema-valid
     * @param at the record's location
     * @param base the JSON Pointer of the event object inside the record
     * @param out receives the issues
     */
    public void checkEvent(Event event, IssueLocation at, String base, Consumer<Issue> out) {
        checkUscc(event.getEnterpriseUscc(), at, base + "/enterpriseUscc", out);
        if (event.getDate().isAfter(asOf)) {
            out.accept(catalogue.issue("SRDI-E4507", at.withPointer(base + "/date"),
                    "field", "date", "date", event.getDate(), "as_of", asOf));
        }
        EventKind kind = event.getKind();
        if (kind == EventKind.RD_CENTRE_CONSTRUCTION && event.getConstructionCost() == null) {
            out.accept(missing(kind, "constructionCost", at, base));
        }
        if (kind == EventKind.TECHNICAL_UPGRADE) {
            if (event.getTotalInvestment() == null) {
                out.accept(missing(kind, "totalInvestment", at, base));
            }
            if (event.getEquipmentPurchase() == null) {
                out.accept(missing(kind, "equipmentPurchase", at, base));
            }
            if (greater(event.getEquipmentPurchase(), event.getTotalInvestment())) {
                out.accept(catalogue.issue("SRDI-E4602", at.withPointer(base + "/equipmentPurchase"),
                        "equipment", event.getEquipmentPurchase(), "total", event.getTotalInvestment()));
            }
        }
        if (kind == EventKind.AWARD_RECEIVED) {
            if (event.getAwardingJurisdiction() == null) {
                out.accept(missing(kind, "awardingJurisdiction", at, base));
            } else {
                checkDivision(event.getAwardingJurisdiction(), at, base, "/awardingJurisdiction", out);
            }
            if (event.getAwardAmount() == null) {
                out.accept(missing(kind, "awardAmount", at, base));
            }
        }
    }

    /**
     * Checks a counted-item record.
     *
     * @param item the record, already schema-valid
     * @param at the record's location
     * @param base the JSON Pointer of the counted item inside the record
     * @param out receives the issues
     */
    public void checkCountedItem(CountedItem item, IssueLocation at, String base, Consumer<Issue> out) {
        checkDivision(item.getJurisdiction(), at, base, "/jurisdiction", out);
        LocalDate start = item.getPeriod().getStart();
        LocalDate end = item.getPeriod().getEnd();
        if (end != null && end.isBefore(start)) {
            out.accept(catalogue.issue("SRDI-E4501", at.withPointer(base + "/period/end"), "end", end, "start", start));
        }
    }

    /**
     * Checks a division code of the envelope or a record: current, withdrawn (warning) or unknown.
     *
     * @param code the code
     * @param at its location
     * @param out receives the issues
     * @return {@code true} if the code is current (or 000000)
     */
    public boolean checkDivision(String code, IssueLocation at, Consumer<Issue> out) {
        if (codeLists.isCurrent(code)) {
            return true;
        }
        codeLists.withdrawn(code).ifPresentOrElse(
                w -> out.accept(catalogue.issue("SRDI-W4202", at, "value", code, "name", w.name(), "year", w.year())),
                () -> out.accept(catalogue.issue("SRDI-E4201", at, "value", code)));
        return false;
    }

    /** {@link #checkDivision(String, IssueLocation, Consumer)} at {@code base + property}, located only for an issue. */
    private boolean checkDivision(String code, IssueLocation record, String base, String property, Consumer<Issue> out) {
        return codeLists.isCurrent(code) || checkDivision(code, record.withPointer(base + property), out);
    }

    private void checkUscc(String uscc, IssueLocation record, String pointer, Consumer<Issue> out) {
        if (!Uscc.hasValidForm(uscc)) {
            return; // the schema layer reports the form
        }
        char expected = Uscc.checkCharacter(uscc);
        if (expected != uscc.charAt(17)) {
            out.accept(catalogue.issue("SRDI-E4101", record.withPointer(pointer), "value", uscc, "expected", expected,
                    "actual", uscc.charAt(17)));
        }
        Uscc.organisationCodeCheckCharacter(uscc.substring(8, 16)).ifPresent(check -> {
            if (check != uscc.charAt(16)) {
                out.accept(catalogue.issue("SRDI-E4102", record.withPointer(pointer), "value", uscc, "expected", check,
                        "actual", uscc.charAt(16)));
            }
        });
    }

    private Issue missing(EventKind kind, String property, IssueLocation at, String base) {
        return catalogue.issue("SRDI-E4601", at.withPointer(base + "/" + property), "kind", kind.toString(), "property", property);
    }

    private static boolean greater(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) > 0;
    }
}
