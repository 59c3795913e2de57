package org.opensrdi.sdk.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;

/**
 * The records of one test: enterprises, designations and events built in a line each, and the
 * calculation over them with the bundled packs of some jurisdictions.
 */
final class Records {

    /** A Jinghe (652722) enterprise; the code passes both GB 32100 checks (specification.md §5). */
    static final String JINGHE = "91652722MA78JH2K3T";
    /** A second Jinghe enterprise (spec/examples/submissions/jinghe-2024.json). */
    static final String JINGHE_2 = "9165272231349876XH";
    /** A Wenquan (652723) enterprise, inside Bortala but not Jinghe. */
    static final String WENQUAN = "91652723MA78XJ2A3C";
    /** A Hongshan, Wuhan (420111) enterprise (spec/examples/submissions/hubei-2024.json). */
    static final String WUHAN = "91420111081973567U";
    /** A Jiangjin (500116) enterprise (spec/examples/events/listing.json). */
    static final String JIANGJIN = "91500116753102845Y";
    /** A Hailing (321202) enterprise (spec/examples/designations/little-giant-national-first.json). */
    static final String HAILING = "91321202694315823F";

    private final List<Enterprise> enterprises = new ArrayList<>();
    private final List<Designation> designations = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    /** Adds an enterprise registered in a county. */
    Records enterprise(String uscc, String division) {
        enterprises.add(new Enterprise().uscc(uscc).name("示例企业 " + uscc).divisionCode(division).industryCode("3841")
                .registrationDate(LocalDate.of(2015, 6, 1)));
        return this;
    }

    /** Adds a designation with a three-year term from its date; returns it for further settings. */
    Designation designation(String id, String uscc, Tier tier, Level level, RecognitionType type, String date) {
        LocalDate day = LocalDate.parse(date);
        Designation designation = new Designation().id(id).enterpriseUscc(uscc).tier(tier).level(level)
                .grantingJurisdiction(level == Level.NATIONAL ? "000000" : "650000").designationDate(day).termStart(day)
                .termEnd(day.plusYears(3).minusDays(1)).recognitionType(type).status(Designation.StatusEnum.ACTIVE);
        designations.add(designation);
        return designation;
    }

    /** Adds an event; returns it for further settings. */
    Event event(String id, String uscc, EventKind kind, String date) {
        Event event = new Event().id(id).enterpriseUscc(uscc).kind(kind).date(LocalDate.parse(date));
        events.add(event);
        return event;
    }

    /** The awards of these records under the bundled packs of the jurisdictions, at the as-of date. */
    AwardResult awards(String asOf, String... jurisdictions) {
        AwardCalculator.Builder builder = AwardCalculator.builder().asOf(LocalDate.parse(asOf));
        for (String jurisdiction : jurisdictions) {
            builder.packs(PolicyPacks.bundled(jurisdiction));
        }
        return builder.build().calculate(enterprises, designations, events);
    }

    /** An amount in yuan, exactly as written. */
    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    /** The first line of a rule; fails with the lines and warnings found when there is none. */
    static AwardLine line(AwardResult result, String ruleId) {
        return result.lines().stream().filter(line -> line.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no line of " + ruleId + " in " + result.lines() + " " + result.warnings()));
    }
}
