package org.opensrdi.sdk.awards;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an award calculation found: the award lines, the warnings, and totals per enterprise and
 * per payer. Immutable.
 *
 * @since 0.1.0
 */
public final class AwardResult {

    private final LocalDate asOf;
    private final List<AwardLine> lines;
    private final List<AwardWarning> warnings;

    AwardResult(LocalDate asOf, List<AwardLine> lines, List<AwardWarning> warnings) {
        this.asOf = asOf;
        this.lines = List.copyOf(lines);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The as-of date of the calculation.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Every award line: by enterprise in input order, then by pack in the calculator's order, then
     * by rule in pack order, then by the triggering record's date.
     *
     * @return the lines, unmodifiable
     */
    public List<AwardLine> lines() {
        return lines;
    }

    /**
     * The lines of one enterprise.
     *
     * @param uscc the enterprise's unified social credit code
     * @return its lines, in the order of {@link #lines()}
     */
    public List<AwardLine> lines(String uscc) {
        return lines.stream().filter(line -> line.enterpriseUscc().equals(uscc)).toList();
    }

    /**
     * Every warning, in the order found.
     *
     * @return the warnings, unmodifiable
     */
    public List<AwardWarning> warnings() {
        return warnings;
    }

    /**
     * The warnings about one enterprise.
     *
     * @param uscc the enterprise's unified social credit code
     * @return its warnings
     */
    public List<AwardWarning> warnings(String uscc) {
        return warnings.stream().filter(warning -> warning.enterpriseUscc().equals(uscc)).toList();
    }

    /**
     * The enterprises that have lines or warnings, in the order of first appearance.
     *
     * @return their unified social credit codes
     */
    public Set<String> enterprises() {
        Set<String> enterprises = new LinkedHashSet<>();
        lines.forEach(line -> enterprises.add(line.enterpriseUscc()));
        warnings.forEach(warning -> enterprises.add(warning.enterpriseUscc()));
        return Collections.unmodifiableSet(enterprises);
    }

    /**
     * The total of all lines.
     *
     * @return the total
     */
    public AwardTotal total() {
        return sum(lines);
    }

    /**
     * The total of one enterprise's lines.
     *
     * @param uscc the enterprise's unified social credit code
     * @return the total (zero without lines)
     */
    public AwardTotal total(String uscc) {
        return sum(lines(uscc));
    }

    /**
     * Totals per enterprise.
     *
     * @return by unified social credit code, sorted; unmodifiable
     */
    public Map<String, AwardTotal> totalsByEnterprise() {
        Map<String, AwardTotal> totals = new TreeMap<>();
        for (AwardLine line : lines) {
            totals.merge(line.enterpriseUscc(), AwardTotal.NONE.plus(line.amount()), (a, b) -> a.plus(line.amount()));
        }
        return Collections.unmodifiableMap(totals);
    }

    /**
     * Totals per paying jurisdiction. Lines without a payer (unquantified awards whose text leaves
     * the payer open) are in no payer's total.
     *
     * @return by GB/T 2260 code, sorted; unmodifiable
     */
    public Map<String, AwardTotal> totalsByPayer() {
        return byPayer(lines);
    }

    /**
     * Totals per paying jurisdiction for one enterprise.
     *
     * @param uscc the enterprise's unified social credit code
     * @return by GB/T 2260 code, sorted; unmodifiable
     */
    public Map<String, AwardTotal> totalsByPayer(String uscc) {
        return byPayer(lines(uscc));
    }

    private static Map<String, AwardTotal> byPayer(List<AwardLine> lines) {
        Map<String, AwardTotal> totals = new TreeMap<>();
        for (AwardLine line : lines) {
            line.payer().ifPresent(payer -> totals.merge(payer, AwardTotal.NONE.plus(line.amount()),
                    (a, b) -> a.plus(line.amount())));
        }
        return Collections.unmodifiableMap(totals);
    }

    private static AwardTotal sum(List<AwardLine> lines) {
        AwardTotal total = AwardTotal.NONE;
        for (AwardLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }
}
