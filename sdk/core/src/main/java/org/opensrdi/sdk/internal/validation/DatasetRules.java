package org.opensrdi.sdk.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Level;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Layer 5: rules across the records of one run (spec/docs/validation.md §3.5). Fed records in input
 * order from one thread; keeps compact state so that millions of records fit in little memory.
 * Internal, not API.
 */
final class DatasetRules {



    /** A division code seen before the submitting jurisdiction was known. */
    private record PendingDivision(long recordIndex, IssueLocation location, String division, boolean countedItem) {
    }

    private final IssueCatalogue catalogue;
    private final CodeLists codeLists;
    /** Per USCC: the first enterprise record (first value) and its designation terms (second value). */
    private final UsccIndex enterprises = new UsccIndex();
    private final UsccIndex enterpriseYears = new UsccIndex();
    /** References whose enterprise was not seen yet; most references follow their enterprise. */
    private final PendingReferences pendingReferences = new PendingReferences();
    private final Terms terms = new Terms();
    private final IdIndex ids = new IdIndex();
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
        submittingJurisdiction = code != null && codeLists.isCurrent(code) ? code : null;
        for (PendingDivision p : pendingDivisions) {
            checkInside(p.recordIndex(), p.location(), null, p.division(), p.countedItem(), sink);
        }
        pendingDivisions.clear();
    }

    /**
     * Says that no envelope will name a submitting jurisdiction any more (the rest of the run has
     * no Submission document): if none was named so far, there is none, as {@link #finish} would
     * decide, and the divisions seen so far need not be kept for it.
     */
    void noSubmittingJurisdictionAhead(RecordSink sink) {
        if (!jurisdictionDecided) {
            submittingJurisdiction(null, sink);
        }
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
            if (codeLists.isCurrent(enterprise.getDivisionCode())) {
                if (jurisdictionDecided) {
                    checkInside(recordIndex, at, "/enterprise/divisionCode", enterprise.getDivisionCode(), false, sink);
                } else {
                    pendingDivisions.add(new PendingDivision(recordIndex, at.withPointer("/enterprise/divisionCode"),
                            enterprise.getDivisionCode(), false));
                }
            }
        }
        Designation designation = record.designation();
        if (designation != null) {
            if (!enterprises.contains(designation.getEnterpriseUscc())) {
                pendingReferences.add(recordIndex, at, designation.getEnterpriseUscc(), true);
            }
            checkOverlap(recordIndex, designation, at, sink);
        }
        if (record.eventUscc() != null && !enterprises.contains(record.eventUscc())) {
            pendingReferences.add(recordIndex, at, record.eventUscc(), false);
        }
        if (record.countedItemJurisdiction() != null && codeLists.isCurrent(record.countedItemJurisdiction())) {
            if (jurisdictionDecided) {
                checkInside(recordIndex, at, "/countedItem/jurisdiction", record.countedItemJurisdiction(), true, sink);
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
        for (int i = 0; i < pendingReferences.size(); i++) {
            String uscc = pendingReferences.uscc(i);
            if (!enterprises.contains(uscc)) {
                boolean designation = pendingReferences.designation(i);
                sink.add(pendingReferences.recordIndex(i), catalogue.issue(designation ? "SRDI-E5002" : "SRDI-E5003",
                        pendingReferences.location(i, designation ? "/designation/enterpriseUscc" : "/event/enterpriseUscc"),
                        "uscc", uscc));
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
        // The terms of one enterprise, tier and level, oldest first.
        String uscc = designation.getEnterpriseUscc();
        int kind = designation.getTier().ordinal() * Level.values().length + designation.getLevel().ordinal();
        int startDay = Math.toIntExact(start.toEpochDay());
        int endDay = Math.toIntExact(end.toEpochDay());
        int last = Terms.NONE;
        for (int term = enterprises.second(uscc); term != Terms.NONE; term = terms.next(term)) {
            last = term;
            // Closed intervals overlap when each starts on or before the other's end.
            if (terms.kind(term) == kind && startDay <= terms.end(term) && terms.start(term) <= endDay) {
                sink.add(recordIndex, catalogue.issue("SRDI-E5004", at.withPointer("/designation/termStart"),
                        "uscc", uscc, "tier", designation.getTier().toString(),
                        "level", designation.getLevel().toString(), "other_record", (long) terms.record(term)));
                break;
            }
        }
        while (last != Terms.NONE && terms.next(last) != Terms.NONE) {
            last = terms.next(last);
        }
        int added = terms.add(kind, startDay, endDay, Math.toIntExact(recordIndex));
        if (last == Terms.NONE) {
            enterprises.setSecond(uscc, added);
        } else {
            terms.setNext(last, added);
        }
    }

    /**
     * References to enterprises not seen yet (a check that could only be decided once every record
     * was seen), in record order, in primitive arrays: 32 bytes a reference instead of ~150 for
     * objects. Their locations are rebuilt when an issue needs them.
     */
    private static final class PendingReferences {

        private static final int FIELDS = 8;
        private static final int CHUNK = 1 << 12;
        private static final int ABSENT = Integer.MIN_VALUE;

        private final List<int[]> chunks = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private int size;

        void add(long recordIndex, IssueLocation record, String uscc, boolean designation) {
            if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(record.source())) {
                sources.add(record.source());
            }
            if (size % CHUNK == 0) {
                chunks.add(new int[CHUNK * FIELDS]);
            }
            int[] chunk = chunks.get(size / CHUNK);
            int base = size % CHUNK * FIELDS;
            long high = UsccIndex.packHigh(uscc);
            chunk[base] = Math.toIntExact(recordIndex);
            chunk[base + 1] = Math.toIntExact(record.recordIndex());
            chunk[base + 2] = record.line() == null ? ABSENT : record.line();
            chunk[base + 3] = record.column() == null ? ABSENT : record.column();
            chunk[base + 4] = (sources.size() - 1) << 1 | (designation ? 1 : 0);
            chunk[base + 5] = (int) (high >>> 32);
            chunk[base + 6] = (int) high;
            chunk[base + 7] = UsccIndex.packLow(uscc);
            size++;
        }

        int size() {
            return size;
        }

        private int field(int i, int field) {
            return chunks.get(i / CHUNK)[i % CHUNK * FIELDS + field];
        }

        long recordIndex(int i) {
            return field(i, 0);
        }

        boolean designation(int i) {
            return (field(i, 4) & 1) == 1;
        }

        String uscc(int i) {
            long high = (long) field(i, 5) << 32 | field(i, 6) & 0xFFFFFFFFL;
            return UsccIndex.unpack(high, field(i, 7));
        }

        /** The record's location (no header: designations and events are never CSV rows) with a pointer. */
        IssueLocation location(int i, String pointer) {
            int line = field(i, 2);
            int column = field(i, 3);
            return new IssueLocation(sources.get(field(i, 4) >>> 1), pointer, (long) field(i, 1),
                    line == ABSENT ? null : line, column == ABSENT ? null : column, null);
        }

        void clear() {
            chunks.clear();
            sources.clear();
            size = 0;
        }
    }

    /**
     * Designation terms in primitive arrays, chained per USCC in the order they were seen: 16 bytes
     * a term (kind and both days in one long, record and next term in another). Grows in chunks,
     * so that nothing is copied.
     */
    private static final class Terms {

        static final int NONE = -1;
        private static final int CHUNK_BITS = 14;
        private static final int CHUNK = 1 << CHUNK_BITS;
        /** Days since 1970 of the years 0000–9999 that format "date" allows fit in 23 bits with this offset. */
        private static final int DAY_OFFSET = 1 << 22;
        private static final long DAY_MASK = (1L << 23) - 1;

        private final List<long[]> chunks = new ArrayList<>();
        private int size;

        int add(int kind, int start, int end, int record) {
            if (start + DAY_OFFSET < 0 || start + DAY_OFFSET > DAY_MASK || end + DAY_OFFSET < 0 || end + DAY_OFFSET > DAY_MASK
                    || kind < 0 || kind > 0xFF) {
                throw new IllegalStateException("A designation term outside the years 0000-9999 passed the schema");
            }
            if (size % CHUNK == 0) {
                chunks.add(new long[CHUNK * 2]);
            }
            long[] chunk = chunks.get(size >>> CHUNK_BITS);
            int base = (size & (CHUNK - 1)) * 2;
            chunk[base] = (long) kind << 46 | (long) (start + DAY_OFFSET) << 23 | end + DAY_OFFSET;
            chunk[base + 1] = (long) record << 32 | NONE & 0xFFFFFFFFL;
            return size++;
        }

        private long word(int term, int which) {
            return chunks.get(term >>> CHUNK_BITS)[(term & (CHUNK - 1)) * 2 + which];
        }

        int kind(int term) {
            return (int) (word(term, 0) >>> 46);
        }

        int start(int term) {
            return (int) (word(term, 0) >>> 23 & DAY_MASK) - DAY_OFFSET;
        }

        int end(int term) {
            return (int) (word(term, 0) & DAY_MASK) - DAY_OFFSET;
        }

        int record(int term) {
            return (int) (word(term, 1) >>> 32);
        }

        int next(int term) {
            return (int) word(term, 1);
        }

        void setNext(int term, int next) {
            long[] chunk = chunks.get(term >>> CHUNK_BITS);
            int index = (term & (CHUNK - 1)) * 2 + 1;
            chunk[index] = chunk[index] & 0xFFFFFFFF00000000L | next & 0xFFFFFFFFL;
        }
    }

    /** E5005/E5007 at the record's location with {@code pointer} (or at {@code at} itself if null). */
    private void checkInside(long recordIndex, IssueLocation at, String pointer, String division, boolean countedItem,
            RecordSink sink) {
        if (submittingJurisdiction != null && !codeLists.isWithin(division, submittingJurisdiction)) {
            sink.add(recordIndex, catalogue.issue(countedItem ? "SRDI-E5007" : "SRDI-E5005",
                    pointer == null ? at : at.withPointer(pointer), "division", division, "jurisdiction", submittingJurisdiction));
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
