package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * The derived figures of {@code spec/codelists/metric.csv}, each formula implemented once, exactly
 * (BigDecimal rationals, compared unrounded; README §4). Y is the calendar year of the as-of date
 * and FY(k) the yearly figures of fiscal year k. Internal, not API.
 */
final class Metrics {

    /** Every metric code this class computes; rule data referring to another is rejected on load. */
    static final Set<String> CODES = Set.of("OPERATING_REVENUE_LAST_YEAR", "TOTAL_ASSETS_LAST_YEAR", "EMPLOYEES_LAST_YEAR",
            "EMPLOYEES_AVERAGE_LAST_YEAR", "MAIN_BUSINESS_REVENUE_SHARE_LAST_YEAR", "MAIN_BUSINESS_GROWTH_LAST_YEAR",
            "MAIN_BUSINESS_GROWTH_AVG_2Y", "OPERATING_REVENUE_CAGR_2Y", "DEBT_RATIO_LAST_YEAR", "NET_PROFIT_MARGIN_LAST_YEAR",
            "RD_EXPENSE_LAST_YEAR", "RD_INTENSITY_LAST_YEAR", "RD_INTENSITY_MIN_2Y", "RD_EXPENSE_MIN_2Y", "RD_EXPENSE_AVG_2Y",
            "RD_EXPENSE_SUM_2Y", "RD_TO_COSTS_LAST_YEAR", "RD_STAFF_SHARE_LAST_YEAR", "TECHNICAL_STAFF_SHARE_LAST_YEAR",
            "EQUITY_FINANCING_2Y", "EQUITY_FINANCING_3Y", "NICHE_MARKET_YEARS", "NICHE_MARKET_SHARE_PERCENT",
            "NICHE_MARKET_RANK", "REGISTERED_YEARS", "CLASS_ONE_IP_COUNT", "CLASS_ONE_SELF_DEVELOPED_IP_COUNT",
            "CLASS_ONE_HIGH_VALUE_IP_COUNT", "CLASS_ONE_IP_APPLIED_COUNT", "CLASS_TWO_IP_COUNT", "DIGITALISATION_LEVEL",
            "DEVELOPMENT_EVALUATION_SCORE_THIS_YEAR", "DEVELOPMENT_EVALUATION_SCORE_LAST_YEAR", "SCIENCE_AWARDS_3Y",
            "SCIENCE_AWARDS_TOP3_3Y", "SCIENCE_AWARDS_PROVINCIAL_TOP3_3Y", "SCIENCE_AWARDS_NATIONAL_TOP5_3Y",
            "SCIENCE_AWARDS_NATIONAL_TOP3_3Y", "SCIENCE_AWARDS_NATIONAL_TOP3_5Y", "MAKER_CHINA_TOP500_3Y",
            "MAKER_CHINA_TOP50_3Y", "STANDARDS_LED_5Y", "RD_INTENSITY_3Y_HTE", "DOMESTIC_RD_SHARE_3Y_HTE",
            "HIGH_TECH_REVENUE_SHARE_LAST_YEAR", "NET_ASSET_GROWTH_HTE", "SALES_GROWTH_HTE", "TECHNOLOGY_TRANSFERS_AVG_3Y",
            "PROVINCIAL_INDICATOR_LAST_YEAR");

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final String NATIONAL = "NATIONAL";
    private static final String PROVINCIAL = "PROVINCIAL";

    private Metrics() {
    }

    /**
     * Computes a metric.
     *
     * @param code the metric code
     * @param key the key of a keyed metric, else null
     * @param data the enterprise, as-of date and trace
     * @return the value, missing or undefined
     */
    static MetricValue compute(String code, String key, EnterpriseData data) {
        int y = data.year();
        return switch (code) {
            case "OPERATING_REVENUE_LAST_YEAR" -> amount(data, y - 1, "operatingRevenue");
            case "TOTAL_ASSETS_LAST_YEAR" -> amount(data, y - 1, "totalAssets");
            case "EMPLOYEES_LAST_YEAR" -> amount(data, y - 1, "employees");
            case "EMPLOYEES_AVERAGE_LAST_YEAR" -> amount(data, y - 1, "employeesAnnualAverage");
            case "MAIN_BUSINESS_REVENUE_SHARE_LAST_YEAR" -> share(data, y - 1, "mainBusinessRevenue", "operatingRevenue");
            case "MAIN_BUSINESS_GROWTH_LAST_YEAR" -> mainBusinessGrowth(data, y - 1);
            case "MAIN_BUSINESS_GROWTH_AVG_2Y" -> mainBusinessGrowthAverage(data);
            case "OPERATING_REVENUE_CAGR_2Y" -> revenueCompoundGrowth(data);
            case "DEBT_RATIO_LAST_YEAR" -> share(data, y - 1, "totalLiabilities", "totalAssets");
            case "NET_PROFIT_MARGIN_LAST_YEAR" -> share(data, y - 1, "netProfit", "operatingRevenue");
            case "RD_EXPENSE_LAST_YEAR" -> amount(data, y - 1, "rdExpense");
            case "RD_INTENSITY_LAST_YEAR" -> share(data, y - 1, "rdExpense", "operatingRevenue");
            case "RD_INTENSITY_MIN_2Y" -> rdIntensityMinimum(data);
            case "RD_EXPENSE_MIN_2Y" -> rdExpenseTwoYears(data, "min");
            case "RD_EXPENSE_AVG_2Y" -> rdExpenseTwoYears(data, "avg");
            case "RD_EXPENSE_SUM_2Y" -> rdExpenseTwoYears(data, "sum");
            case "RD_TO_COSTS_LAST_YEAR" -> share(data, y - 1, "rdExpense", "totalCostsAndExpenses");
            case "RD_STAFF_SHARE_LAST_YEAR" -> share(data, y - 1, "rdStaff", "employees");
            case "TECHNICAL_STAFF_SHARE_LAST_YEAR" -> share(data, y - 1, "technicalStaff", "employeesAnnualAverage");
            case "EQUITY_FINANCING_2Y" -> sum(data, y - 2, y - 1, "newEquityFinancing");
            case "EQUITY_FINANCING_3Y" -> sum(data, y - 3, y - 1, "newEquityFinancing");
            case "NICHE_MARKET_YEARS" -> wholeYears(data, "criteriaFacts.nicheMarketEntryDate", LocalDate.of(y, 1, 1));
            case "NICHE_MARKET_SHARE_PERCENT" -> number(data, "criteriaFacts.nicheMarketSharePercent");
            case "NICHE_MARKET_RANK" -> number(data, "criteriaFacts.nicheMarketRank");
            case "REGISTERED_YEARS" -> wholeYears(data, "registrationDate", data.asOf());
            case "CLASS_ONE_IP_COUNT" -> amount(data, y - 1, "classOneIpCount");
            case "CLASS_ONE_SELF_DEVELOPED_IP_COUNT" -> amount(data, y - 1, "classOneSelfDevelopedIpCount");
            case "CLASS_ONE_HIGH_VALUE_IP_COUNT" -> amount(data, y - 1, "classOneHighValueIpCount");
            case "CLASS_ONE_IP_APPLIED_COUNT" -> amount(data, y - 1, "classOneIpAppliedCount");
            case "CLASS_TWO_IP_COUNT" -> amount(data, y - 1, "classTwoIpCount");
            // FY(Y), or FY(Y−1) when FY(Y) has none.
            case "DIGITALISATION_LEVEL" -> amount(data, data.hasFigure(y, "digitalisationLevel") ? y : y - 1,
                    "digitalisationLevel");
            case "DEVELOPMENT_EVALUATION_SCORE_THIS_YEAR" -> amount(data, y, "developmentEvaluationScore");
            case "DEVELOPMENT_EVALUATION_SCORE_LAST_YEAR" -> amount(data, y - 1, "developmentEvaluationScore");
            case "SCIENCE_AWARDS_3Y" -> count(data, "criteriaFacts.scienceAwards", y - 3, y,
                    award -> levelIn(award, NATIONAL, PROVINCIAL), "NATIONAL/PROVINCIAL");
            case "SCIENCE_AWARDS_TOP3_3Y" -> count(data, "criteriaFacts.scienceAwards", y - 3, y,
                    award -> levelIn(award, NATIONAL, PROVINCIAL) && rankAtMost(award, "rank", 3), "NATIONAL/PROVINCIAL rank ≤ 3");
            case "SCIENCE_AWARDS_PROVINCIAL_TOP3_3Y" -> count(data, "criteriaFacts.scienceAwards", y - 3, y,
                    award -> levelIn(award, PROVINCIAL) && rankAtMost(award, "rank", 3), "PROVINCIAL rank ≤ 3");
            case "SCIENCE_AWARDS_NATIONAL_TOP5_3Y" -> count(data, "criteriaFacts.scienceAwards", y - 3, y,
                    award -> levelIn(award, NATIONAL) && rankAtMost(award, "rank", 5), "NATIONAL rank ≤ 5");
            case "SCIENCE_AWARDS_NATIONAL_TOP3_3Y" -> count(data, "criteriaFacts.scienceAwards", y - 3, y,
                    award -> levelIn(award, NATIONAL) && rankAtMost(award, "rank", 3), "NATIONAL rank ≤ 3");
            case "SCIENCE_AWARDS_NATIONAL_TOP3_5Y" -> count(data, "criteriaFacts.scienceAwards", y - 5, y,
                    award -> levelIn(award, NATIONAL) && rankAtMost(award, "rank", 3), "NATIONAL rank ≤ 3");
            case "MAKER_CHINA_TOP500_3Y" -> count(data, "criteriaFacts.makerChinaResults", y - 3, y,
                    result -> result.path("group").asText().matches("NATIONAL_TOP_500|NATIONAL_TOP_50"), "top 500 or top 50");
            case "MAKER_CHINA_TOP50_3Y" -> count(data, "criteriaFacts.makerChinaResults", y - 3, y,
                    result -> "NATIONAL_TOP_50".equals(result.path("group").asText()), "top 50");
            case "STANDARDS_LED_5Y" -> count(data, "criteriaFacts.standardsDrafted", y - 5, y,
                    standard -> rankAtMost(standard, "draftingRank", 5), "draftingRank ≤ 5");
            case "RD_INTENSITY_3Y_HTE" -> windowShare(data, "rdExpense", "operatingRevenue");
            case "DOMESTIC_RD_SHARE_3Y_HTE" -> windowShare(data, "rdExpenseDomestic", "rdExpense");
            case "HIGH_TECH_REVENUE_SHARE_LAST_YEAR" -> share(data, y - 1, "highTechProductRevenue", "totalIncome");
            case "NET_ASSET_GROWTH_HTE" -> highTechGrowth(data, true);
            case "SALES_GROWTH_HTE" -> highTechGrowth(data, false);
            case "TECHNOLOGY_TRANSFERS_AVG_3Y" -> transfersAverage(data);
            case "PROVINCIAL_INDICATOR_LAST_YEAR" -> provincialIndicator(data, key);
            default -> throw new OpenSrdiException("metric " + code + " is not in spec/codelists/metric.csv");
        };
    }

    private static MetricValue amount(EnterpriseData data, int year, String field) {
        BigDecimal value = data.figure(year, field);
        return value == null ? MetricValue.missing() : MetricValue.of(Ratio.of(value), () -> field + "[" + year + "]");
    }

    /** numerator ÷ denominator of one year; undefined when the denominator is 0. */
    private static MetricValue share(EnterpriseData data, int year, String numeratorField, String denominatorField) {
        BigDecimal numerator = data.figure(year, numeratorField);
        BigDecimal denominator = data.figure(year, denominatorField);
        if (numerator == null || denominator == null) {
            return MetricValue.missing();
        }
        Supplier<String> formula = () -> p(numerator) + " / " + p(denominator);
        return denominator.signum() == 0 ? MetricValue.undefined(formula.get())
                : MetricValue.of(Ratio.of(numerator, denominator), formula);
    }

    /** g(k) = (FY(k) − FY(k−1)) ÷ FY(k−1) of main-business revenue. */
    private static MetricValue mainBusinessGrowth(EnterpriseData data, int year) {
        BigDecimal current = data.figure(year, "mainBusinessRevenue");
        BigDecimal previous = data.figure(year - 1, "mainBusinessRevenue");
        if (current == null || previous == null) {
            return MetricValue.missing();
        }
        Supplier<String> formula = () -> "(" + p(current) + " − " + p(previous) + ") / " + p(previous);
        return previous.signum() == 0 ? MetricValue.undefined(formula.get())
                : MetricValue.of(Ratio.of(current.subtract(previous), previous), formula);
    }

    /** (g(Y−1) + g(Y−2)) ÷ 2: the arithmetic mean of two year-on-year rates (AVERAGE_GROWTH_DEFINITION). */
    private static MetricValue mainBusinessGrowthAverage(EnterpriseData data) {
        int y = data.year();
        BigDecimal m3 = data.figure(y - 1, "mainBusinessRevenue");
        BigDecimal m2 = data.figure(y - 2, "mainBusinessRevenue");
        BigDecimal m1 = data.figure(y - 3, "mainBusinessRevenue");
        if (m1 == null || m2 == null || m3 == null) {
            return MetricValue.missing();
        }
        Supplier<String> formula = () -> "((" + p(m3) + " − " + p(m2) + ") / " + p(m2) + " + (" + p(m2) + " − "
                + p(m1) + ") / " + p(m1) + ") / 2";
        if (m1.signum() == 0 || m2.signum() == 0) {
            return MetricValue.undefined(formula.get());
        }
        Ratio average = Ratio.of(m3.subtract(m2), m2).plus(Ratio.of(m2.subtract(m1), m1)).dividedBy(TWO);
        return MetricValue.of(average, formula);
    }

    /** √(FY(Y−1) ÷ FY(Y−3)) − 1 of operating revenue, kept as its radicand (CAGR_DEFINITION). */
    private static MetricValue revenueCompoundGrowth(EnterpriseData data) {
        int y = data.year();
        BigDecimal last = data.figure(y - 1, "operatingRevenue");
        BigDecimal base = data.figure(y - 3, "operatingRevenue");
        if (last == null || base == null) {
            return MetricValue.missing();
        }
        Supplier<String> formula = () -> "√(" + p(last) + " / " + p(base) + ") − 1";
        if (base.signum() == 0 || last.signum() * base.signum() < 0) {
            return MetricValue.undefined(formula.get());
        }
        return MetricValue.rootMinusOne(Ratio.of(last, base), formula);
    }

    /** min over FY(Y−1) and FY(Y−2) of R&D ÷ operating revenue. */
    private static MetricValue rdIntensityMinimum(EnterpriseData data) {
        int y = data.year();
        BigDecimal rd1 = data.figure(y - 1, "rdExpense");
        BigDecimal revenue1 = data.figure(y - 1, "operatingRevenue");
        BigDecimal rd2 = data.figure(y - 2, "rdExpense");
        BigDecimal revenue2 = data.figure(y - 2, "operatingRevenue");
        if (rd1 == null || revenue1 == null || rd2 == null || revenue2 == null) {
            return MetricValue.missing();
        }
        Supplier<String> formula = () -> "min(" + p(rd1) + " / " + p(revenue1) + ", " + p(rd2) + " / " + p(revenue2)
                + ")";
        if (revenue1.signum() == 0 || revenue2.signum() == 0) {
            return MetricValue.undefined(formula.get());
        }
        return MetricValue.of(Ratio.of(rd1, revenue1).min(Ratio.of(rd2, revenue2)), formula);
    }

    private static MetricValue rdExpenseTwoYears(EnterpriseData data, String how) {
        int y = data.year();
        BigDecimal last = data.figure(y - 1, "rdExpense");
        BigDecimal before = data.figure(y - 2, "rdExpense");
        if (last == null || before == null) {
            return MetricValue.missing();
        }
        return switch (how) {
            case "min" -> MetricValue.of(Ratio.of(last.min(before)), () -> "min(" + p(last) + ", " + p(before) + ")");
            case "avg" -> MetricValue.of(Ratio.of(last.add(before), TWO),
                    () -> "(" + p(last) + " + " + p(before) + ") / 2");
            default -> MetricValue.of(Ratio.of(last.add(before)), () -> p(last) + " + " + p(before));
        };
    }

    private static MetricValue sum(EnterpriseData data, int from, int to, String field) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        boolean missing = false;
        for (int year = from; year <= to; year++) {
            BigDecimal value = data.figure(year, field);
            if (value == null) {
                missing = true;
            } else {
                total = total.add(value);
                terms.add(p(value));
            }
        }
        return missing ? MetricValue.missing() : MetricValue.of(Ratio.of(total), String.join(" + ", terms));
    }

    private static MetricValue number(EnterpriseData data, String path) {
        JsonNode value = data.fact(path);
        if (value == null || !value.isNumber()) {
            return MetricValue.missing();
        }
        return MetricValue.of(Ratio.of(value.decimalValue()), path);
    }

    /** Whole years from a date fact to {@code until}, 29 February landing on 1 March. */
    private static MetricValue wholeYears(EnterpriseData data, String path, LocalDate until) {
        LocalDate from = data.dateFact(path);
        if (from == null) {
            return MetricValue.missing();
        }
        int years = CalendarYears.wholeYears(from, until);
        return MetricValue.of(Ratio.of(BigDecimal.valueOf(years)), "whole years " + from + " → " + until);
    }

    /** Entries of a criteriaFacts array with Y0 ≤ year ≤ Y1 that pass a filter; no value when the array is absent. */
    private static MetricValue count(EnterpriseData data, String path, int from, int to, Predicate<JsonNode> filter,
            String what) {
        JsonNode array = data.fact(path);
        if (array == null || !array.isArray()) {
            return MetricValue.missing();
        }
        int count = 0;
        for (JsonNode entry : array) {
            int year = entry.path("year").asInt(Integer.MIN_VALUE);
            if (year >= from && year <= to && filter.test(entry)) {
                count++;
            }
        }
        return MetricValue.of(Ratio.of(BigDecimal.valueOf(count)),
                "count(" + path + ": " + what + ", " + from + " ≤ year ≤ " + to + ")");
    }

    private static boolean levelIn(JsonNode award, String... levels) {
        String level = award.path("level").asText();
        for (String candidate : levels) {
            if (candidate.equals(level)) {
                return true;
            }
        }
        return false;
    }

    /** An entry without the rank is not counted. */
    private static boolean rankAtMost(JsonNode entry, String field, int rank) {
        return entry.path(field).canConvertToInt() && entry.path(field).asInt() <= rank;
    }

    /** The window K = {k : max(Y−3, year of registration) ≤ k ≤ Y−1} of the high-tech metrics, or null. */
    private static int[] window(EnterpriseData data) {
        LocalDate registered = data.dateFact("registrationDate");
        if (registered == null) {
            return null;
        }
        return new int[] {Math.max(data.year() - 3, registered.getYear()), data.year() - 1};
    }

    /** Σ numerator ÷ Σ denominator over the window; undefined when the denominator sum is 0. */
    private static MetricValue windowShare(EnterpriseData data, String numeratorField, String denominatorField) {
        int[] window = window(data);
        if (window == null) {
            return MetricValue.missing();
        }
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        List<String> numerators = new ArrayList<>();
        List<String> denominators = new ArrayList<>();
        boolean missing = false;
        for (int year = window[0]; year <= window[1]; year++) {
            BigDecimal a = data.figure(year, numeratorField);
            BigDecimal b = data.figure(year, denominatorField);
            if (a == null || b == null) {
                missing = true;
                continue;
            }
            numerator = numerator.add(a);
            denominator = denominator.add(b);
            numerators.add(p(a));
            denominators.add(p(b));
        }
        if (missing) {
            return MetricValue.missing();
        }
        String formula = "(" + String.join(" + ", numerators) + ") / (" + String.join(" + ", denominators) + ")";
        return denominator.signum() == 0 ? MetricValue.undefined(formula)
                : MetricValue.of(Ratio.of(numerator, denominator), formula);
    }

    /**
     * The growth rate of the high-tech guidelines over v1, v2, v3 = FY(Y−3), FY(Y−2), FY(Y−1), years
     * before registration counting 0: v2 = 0 → 0; v1 = 0 → v3 ÷ v2 − 1; else ½ (v2 ÷ v1 + v3 ÷ v2) − 1
     * (GROWTH_ZERO_RULES).
     */
    private static MetricValue highTechGrowth(EnterpriseData data, boolean netAssets) {
        LocalDate registered = data.dateFact("registrationDate");
        if (registered == null) {
            return MetricValue.missing();
        }
        BigDecimal[] v = new BigDecimal[3];
        boolean missing = false;
        for (int i = 0; i < 3; i++) {
            int year = data.year() - 3 + i;
            if (year < registered.getYear()) {
                v[i] = BigDecimal.ZERO;
            } else if (netAssets) {
                BigDecimal assets = data.figure(year, "totalAssets");
                BigDecimal liabilities = data.figure(year, "totalLiabilities");
                v[i] = assets == null || liabilities == null ? null : assets.subtract(liabilities);
            } else {
                v[i] = data.figure(year, "operatingRevenue");
            }
            missing |= v[i] == null;
        }
        if (missing) {
            return MetricValue.missing();
        }
        BigDecimal v1 = v[0];
        BigDecimal v2 = v[1];
        BigDecimal v3 = v[2];
        if (v2.signum() == 0) {
            return MetricValue.of(Ratio.ZERO, "v2 = 0 → 0");
        }
        if (v1.signum() == 0) {
            return MetricValue.of(Ratio.of(v3.subtract(v2), v2), p(v3) + " / " + p(v2) + " − 1");
        }
        // ½ (v2/v1 + v3/v2) − 1 = (v2² + v1·v3 − 2·v1·v2) / (2·v1·v2)
        Ratio rate = Ratio.of(v2.multiply(v2).add(v1.multiply(v3)).subtract(TWO.multiply(v1).multiply(v2)),
                TWO.multiply(v1).multiply(v2));
        return MetricValue.of(rate, "1/2 × (" + p(v2) + " / " + p(v1) + " + " + p(v3) + " / " + p(v2) + ") − 1");
    }

    /** Σ technologyTransferCount ÷ |K| over the window. */
    private static MetricValue transfersAverage(EnterpriseData data) {
        int[] window = window(data);
        if (window == null) {
            return MetricValue.missing();
        }
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        boolean missing = false;
        for (int year = window[0]; year <= window[1]; year++) {
            BigDecimal value = data.figure(year, "technologyTransferCount");
            if (value == null) {
                missing = true;
            } else {
                total = total.add(value);
                terms.add(p(value));
            }
        }
        int years = window[1] - window[0] + 1;
        if (missing) {
            return MetricValue.missing();
        }
        String formula = "(" + String.join(" + ", terms) + ") / " + Math.max(years, 0);
        return years <= 0 ? MetricValue.undefined(formula)
                : MetricValue.of(Ratio.of(total, BigDecimal.valueOf(years)), formula);
    }

    private static MetricValue provincialIndicator(EnterpriseData data, String key) {
        if (key == null) {
            throw new OpenSrdiException("PROVINCIAL_INDICATOR_LAST_YEAR needs a key in the rule data");
        }
        BigDecimal value = data.provincialIndicator(data.year() - 1, key);
        return value == null ? MetricValue.missing()
                : MetricValue.of(Ratio.of(value), "provincialIndicators." + key + "[" + (data.year() - 1) + "]");
    }

    private static String p(BigDecimal value) {
        return Ratio.plain(value);
    }
}
