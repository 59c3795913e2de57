package org.opensrdi.sdk.internal.awards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.Submission;
import org.opensrdi.model.SubmissionRecord;

/**
 * The records an award calculation reads, grouped by enterprise, each with a label for messages
 * ({@code designation[JH24-D-002]}, or {@code designation[#3]} without an id) and, when read from a
 * Submission, the JSON Pointer of the record. Internal, not API.
 */
public final class Dataset {

    /**
     * A record with its label, its position in the input and its JSON Pointer.
     *
     * @param record the record
     * @param label how messages name it
     * @param sequence its position in the input, for a stable order
     * @param pointer its JSON Pointer in the Submission, or {@code null}
     * @param <T> the record type
     */
    public record Entry<T>(T record, String label, int sequence, String pointer) {

        /** The pointer of one of the record's properties, or {@code null} without a Submission. */
        String at(String property) {
            return pointer == null ? null : pointer + "/" + property;
        }
    }

    private final Map<String, Entry<Enterprise>> enterprises = new LinkedHashMap<>();
    private final Map<String, List<Entry<Designation>>> designations = new LinkedHashMap<>();
    private final Map<String, List<Entry<Event>>> events = new LinkedHashMap<>();
    private final List<Entry<?>> orphans = new ArrayList<>();
    /** Read before grouping by enterprise. */
    private final List<Entry<Designation>> designationEntries = new ArrayList<>();
    private final List<Entry<Event>> eventEntries = new ArrayList<>();

    private Dataset() {
    }

    /**
     * A dataset of separate lists; labels count from 0 within each list.
     *
     * @param enterprises the enterprises
     * @param designations the designations
     * @param events the events
     * @return the dataset
     */
    public static Dataset of(Collection<Enterprise> enterprises, Collection<Designation> designations,
            Collection<Event> events) {
        Dataset data = new Dataset();
        int index = 0;
        for (Enterprise enterprise : enterprises) {
            data.addEnterprise(new Entry<>(enterprise, "enterprise[" + enterprise.getUscc() + "]", index++, null));
        }
        index = 0;
        for (Designation designation : designations) {
            data.designationEntries.add(new Entry<>(designation, label("designation", designation.getId(), index), index++, null));
        }
        index = 0;
        for (Event event : events) {
            data.eventEntries.add(new Entry<>(event, label("event", event.getId(), index), index++, null));
        }
        return data.group();
    }

    /**
     * The enterprises, designations and events of a submission (counted items are not read).
     *
     * @param submission the submission
     * @return the dataset, with JSON Pointers into the submission
     */
    public static Dataset of(Submission submission) {
        Dataset data = new Dataset();
        List<SubmissionRecord> records = submission.getRecords() == null ? List.of() : submission.getRecords();
        for (int index = 0; index < records.size(); index++) {
            SubmissionRecord record = records.get(index);
            String pointer = "/records/" + index;
            if (record.getEnterprise() != null) {
                Enterprise enterprise = record.getEnterprise();
                data.addEnterprise(new Entry<>(enterprise, "enterprise[" + enterprise.getUscc() + "]", index,
                        pointer + "/enterprise"));
            } else if (record.getDesignation() != null) {
                data.designationEntries.add(new Entry<>(record.getDesignation(),
                        label("designation", record.getDesignation().getId(), index), index, pointer + "/designation"));
            } else if (record.getEvent() != null) {
                data.eventEntries.add(new Entry<>(record.getEvent(), label("event", record.getEvent().getId(), index),
                        index, pointer + "/event"));
            }
        }
        return data.group();
    }

    private void addEnterprise(Entry<Enterprise> entry) {
        // A dataset has one record per USCC (the validator rejects the others); the first one counts.
        enterprises.putIfAbsent(entry.record().getUscc(), entry);
    }

    private Dataset group() {
        for (Entry<Designation> entry : designationEntries) {
            String uscc = entry.record().getEnterpriseUscc();
            if (enterprises.containsKey(uscc)) {
                designations.computeIfAbsent(uscc, key -> new ArrayList<>()).add(entry);
            } else {
                orphans.add(entry);
            }
        }
        for (Entry<Event> entry : eventEntries) {
            String uscc = entry.record().getEnterpriseUscc();
            if (enterprises.containsKey(uscc)) {
                events.computeIfAbsent(uscc, key -> new ArrayList<>()).add(entry);
            } else {
                orphans.add(entry);
            }
        }
        return this;
    }

    private static String label(String kind, String id, int index) {
        return kind + "[" + (id != null ? id : "#" + index) + "]";
    }

    /** The enterprises, in input order. */
    Collection<Entry<Enterprise>> enterprises() {
        return enterprises.values();
    }

    /** The designations of an enterprise, in input order. */
    List<Entry<Designation>> designations(String uscc) {
        return designations.getOrDefault(uscc, List.of());
    }

    /** The events of an enterprise, in input order. */
    List<Entry<Event>> events(String uscc) {
        return events.getOrDefault(uscc, List.of());
    }

    /** Designations and events whose enterprise is not in the dataset. */
    List<Entry<?>> orphans() {
        return orphans;
    }
}
