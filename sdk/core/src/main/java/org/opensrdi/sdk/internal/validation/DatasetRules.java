package org.opensrdi.sdk.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Layer 5: rules across the records of one run (spec/docs/validation.md §3.5). Fed records in input
 * order from one thread; keeps compact state so that millions of records fit in little memory.
 * Internal, not API.
 */
final class DatasetRules {

    /** A check that could only be decided once every record was seen. */
    private record Pending(long recordIndex, IssueLocation location, String uscc, boolean designation) {
    }

    /** A designation term seen so far, for the overlap rule. */
    private record Term(LocalDate start, LocalDate end, long recordIndex) {
    }

    /** A division code seen before the submitting jurisdiction was known. */
    private record PendingDivision(long recordIndex, IssueLocation location, String division, boolean countedItem) {
    }

    private final IssueCatalogue catalogue;
    private final CodeLists codeLists;
    private final UsccIndex enterprises = new UsccIndex();
    private final UsccIndex enterpriseYears = new UsccIndex();
    private final List<Pending> pendingReferences = new ArrayList<>();
    private final Map<String, List<Term>> terms = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final List<PendingDivision> pendingDivisions = new ArrayList<>();
    private String submittingJurisdiction;
    private boolean jurisdictionDecided;

    DatasetRules(IssueCatalogue catalogue, CodeLists codeLists) {
        this.catalogue = catalogue;
        this.codeLists = codeLists;
    }

    /**
     * Sets the submitting jurisdiction once it is known (null: none, the check is skipped), and
     * decides the checks that waited for it.
     */
    void submittingJurisdiction(String code, RecordSink sink) {
        jurisdictionDecided = true;
        submittingJurisdiction = code != null && codeLists.division(code).isPresent() ? code : null;
        for (PendingDivision p : pendingDivisions) {
            checkInside(p.recordIndex(), p.location(), p.division(), p.countedItem(), sink);
        }
        pendingDivisions.clear();
    }

    /**
     * Takes one record that passed the schema.
     *
     * @param recordIndex the record's index in the run
     * @param record the record's facts
     * @param csv whether the record is a CSV enterprise-year row
     * @param sink receives issues for any record
     */
    void accept(long recordIndex, RecordChecker.CheckedRecord record, boolean csv, RecordSink sink) {
        IssueLocation at = record.location();
        if (record.id() != null) {
            Long first = ids.putIfAbsent(record.id(), recordIndex);
            if (first != null) {
                sink.add(recordIndex, catalogue.issue("SRDI-E5006", at.withPointer(pointerOf(record) + "/id"),
                        "id", record.id(), "first_record", first));
            }
        }
        Enterprise enterprise = record.enterprise();
        if (enterprise != null) {
            String uscc = enterprise.getUscc();
            if (csv && enterprise.getYearlyFigures() != null && !enterprise.getYearlyFigures().isEmpty()) {
                int year = enterprise.getYearlyFigures().get(0).getFiscalYear();
                long first = enterpriseYears.putIfAbsent(uscc, Math.floorMod(year, 4096), recordIndex);
                if (first >= 0) {
                    sink.add(recordIndex, catalogue.issue("SRDI-E5008", at.withPointer("/enterprise/uscc"),
                            "uscc", uscc, "year", year, "first_record", first));
                }
                enterprises.putIfAbsent(uscc, recordIndex);
            } else {
                long first = enterprises.putIfAbsent(uscc, recordIndex);
                if (first >= 0) {
                    sink.add(recordIndex, catalogue.issue("SRDI-E5001", at.withPointer("/enterprise/uscc"),
                            "uscc", uscc, "first_record", first));
                }
            }
            if (codeLists.division(enterprise.getDivisionCode()).isPresent()) {
                if (jurisdictionDecided) {
                    checkInside(recordIndex, at.withPointer("/enterprise/divisionCode"), enterprise.getDivisionCode(), false, sink);
                } else {
                    pendingDivisions.add(new PendingDivision(recordIndex, at.withPointer("/enterprise/divisionCode"),
                            enterprise.getDivisionCode(), false));
                }
            }
        }
        Designation designation = record.designation();
        if (designation != null) {
            pendingReferences.add(new Pending(recordIndex, at.withPointer("/designation/enterpriseUscc"),
                    designation.getEnterpriseUscc(), true));
            checkOverlap(recordIndex, designation, at, sink);
        }
        if (record.eventUscc() != null) {
            pendingReferences.add(new Pending(recordIndex, at.withPointer("/event/enterpriseUscc"), record.eventUscc(), false));
        }
        if (record.countedItemJurisdiction() != null && codeLists.division(record.countedItemJurisdiction()).isPresent()) {
            if (jurisdictionDecided) {
                checkInside(recordIndex, at.withPointer("/countedItem/jurisdiction"), record.countedItemJurisdiction(), true, sink);
            } else {
                pendingDivisions.add(new PendingDivision(recordIndex, at.withPointer("/countedItem/jurisdiction"),
                        record.countedItemJurisdiction(), true));
            }
        }
    }

    /**
     * Decides what needed every record: references to enterprises.
     *
     * @param sink receives issues for any record
     */
    void finish(RecordSink sink) {
        for (Pending p : pendingReferences) {
            if (!enterprises.contains(p.uscc())) {
                sink.add(p.recordIndex(), catalogue.issue(p.designation() ? "SRDI-E5002" : "SRDI-E5003",
                        p.location(), "uscc", p.uscc()));
            }
        }
        pendingReferences.clear();
        if (!jurisdictionDecided) {
            submittingJurisdiction(null, sink);
        }
    }

    private void checkOverlap(long recordIndex, Designation designation, IssueLocation at, RecordSink sink) {
        LocalDate start = designation.getTermStart() != null ? designation.getTermStart() : designation.getDesignationDate();
        LocalDate end = designation.getTermEnd();
        if (end == null || end.isBefore(start)) {
            return; // no term to compare (or already reported as E4501)
        }
        if (designation.getStatus() == Designation.StatusEnum.REVOKED && designation.getRevocationDate() != null) {
            end = designation.getRevocationDate();
        }
        String key = designation.getEnterpriseUscc() + '|' + designation.getTier().toString() + '|'
                + designation.getLevel().toString();
        List<Term> seen = terms.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (Term term : seen) {
            // Closed intervals overlap when each starts on or before the other's end.
            if (!start.isAfter(term.end()) && !term.start().isAfter(end)) {
                sink.add(recordIndex, catalogue.issue("SRDI-E5004", at.withPointer("/designation/termStart"),
                        "uscc", designation.getEnterpriseUscc(), "tier", designation.getTier().toString(),
                        "level", designation.getLevel().toString(), "other_record", term.recordIndex()));
                break;
            }
        }
        seen.add(new Term(start, end, recordIndex));
    }

    private void checkInside(long recordIndex, IssueLocation at, String division, boolean countedItem, RecordSink sink) {
        if (submittingJurisdiction != null && !codeLists.isWithin(division, submittingJurisdiction)) {
            sink.add(recordIndex, catalogue.issue(countedItem ? "SRDI-E5007" : "SRDI-E5005", at,
                    "division", division, "jurisdiction", submittingJurisdiction));
        }
    }

    private static String pointerOf(RecordChecker.CheckedRecord record) {
        return record.designation() != null ? "/designation" : record.eventUscc() != null ? "/event" : "/countedItem";
    }

    /** Receives an issue for a record by its index in the run. */
    interface RecordSink {
        void add(long recordIndex, Issue issue);
    }
}
