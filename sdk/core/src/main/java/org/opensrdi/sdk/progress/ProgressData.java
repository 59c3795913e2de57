package org.opensrdi.sdk.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opensrdi.model.CountedItem;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.Submission;
import org.opensrdi.model.SubmissionRecord;

/**
 * The records progress is computed from: enterprises, designations, events and counted items, and,
 * when they come from a submission, the date their states refer to and the jurisdiction that
 * submitted them. Immutable: the lists are copied when it is built. The records themselves are the
 * generated model's beans; do not change them afterwards.
 *
 * <p>Records are taken as they are: validate them first (see
 * {@link org.opensrdi.sdk.validation.Validator}) and leave out the rejected ones. The calculator
 * itself counts each enterprise once by its USCC, whatever the number of records.
 *
 * @since 0.1.0
 */
public final class ProgressData {

    private final List<Enterprise> enterprises;
    private final List<Designation> designations;
    private final List<Event> events;
    private final List<CountedItem> countedItems;
    private final LocalDate dataAsOf;
    private final String coverage;

    private ProgressData(Builder builder) {
        this.enterprises = List.copyOf(builder.enterprises);
        this.designations = List.copyOf(builder.designations);
        this.events = List.copyOf(builder.events);
        this.countedItems = List.copyOf(builder.countedItems);
        this.dataAsOf = builder.dataAsOf;
        this.coverage = builder.coverage;
    }

    /**
     * The records of a submission, with its as-of date and its submitting jurisdiction as coverage.
     *
     * @param submission a submission whose records were validated
     * @return the data
     * @since 0.1.0
     */
    public static ProgressData of(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        Builder builder = builder().records(submission.getRecords() == null ? List.of() : submission.getRecords());
        if (submission.getAsOfDate() != null) {
            builder.dataAsOf(submission.getAsOfDate());
        }
        if (submission.getSubmittingJurisdiction() != null) {
            builder.coverage(submission.getSubmittingJurisdiction());
        }
        return builder.build();
    }

    /**
     * A builder with no records.
     *
     * @return the builder
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The enterprise records, in the order given.
     *
     * @return an unmodifiable list
     * @since 0.1.0
     */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /**
     * The designation records, in the order given.
     *
     * @return an unmodifiable list
     * @since 0.1.0
     */
    public List<Designation> designations() {
        return designations;
    }

    /**
     * The event records, in the order given.
     *
     * @return an unmodifiable list
     * @since 0.1.0
     */
    public List<Event> events() {
        return events;
    }

    /**
     * The counted-item records, in the order given.
     *
     * @return an unmodifiable list
     * @since 0.1.0
     */
    public List<CountedItem> countedItems() {
        return countedItems;
    }

    /**
     * The date the records' states refer to (a submission's {@code asOfDate}): a designation
     * {@code UNDER_REVIEW} stays valid up to it.
     *
     * @return the date, if known
     * @since 0.1.0
     */
    public Optional<LocalDate> dataAsOf() {
        return Optional.ofNullable(dataAsOf);
    }

    /**
     * The jurisdiction the records cover (a submission's submitting jurisdiction). Reports say so
     * where a jurisdiction above it is only partly covered.
     *
     * @return a GB/T 2260 code, if known
     * @since 0.1.0
     */
    public Optional<String> coverage() {
        return Optional.ofNullable(coverage);
    }

    /**
     * Collects records. Not thread-safe; {@link #build()} makes the immutable data.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final List<Enterprise> enterprises = new ArrayList<>();
        private final List<Designation> designations = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<CountedItem> countedItems = new ArrayList<>();
        private LocalDate dataAsOf;
        private String coverage;

        private Builder() {
        }

        /**
         * Adds submission records, each to its list.
         *
         * @param records the records; each holds exactly one of enterprise, designation, event or
         *     counted item
         * @return this builder
         * @since 0.1.0
         */
        public Builder records(Iterable<SubmissionRecord> records) {
            for (SubmissionRecord record : Objects.requireNonNull(records, "records")) {
                record(record);
            }
            return this;
        }

        /**
         * Adds one submission record to its list.
         *
         * @param record a record holding exactly one of enterprise, designation, event or counted item
         * @return this builder
         * @since 0.1.0
         */
        public Builder record(SubmissionRecord record) {
            Objects.requireNonNull(record, "record");
            if (record.getEnterprise() != null) {
                enterprises.add(record.getEnterprise());
            }
            if (record.getDesignation() != null) {
                designations.add(record.getDesignation());
            }
            if (record.getEvent() != null) {
                events.add(record.getEvent());
            }
            if (record.getCountedItem() != null) {
                countedItems.add(record.getCountedItem());
            }
            return this;
        }

        /**
         * Adds an enterprise.
         *
         * @param enterprise the record
         * @return this builder
         * @since 0.1.0
         */
        public Builder enterprise(Enterprise enterprise) {
            enterprises.add(Objects.requireNonNull(enterprise, "enterprise"));
            return this;
        }

        /**
         * Adds a designation.
         *
         * @param designation the record
         * @return this builder
         * @since 0.1.0
         */
        public Builder designation(Designation designation) {
            designations.add(Objects.requireNonNull(designation, "designation"));
            return this;
        }

        /**
         * Adds an event.
         *
         * @param event the record
         * @return this builder
         * @since 0.1.0
         */
        public Builder event(Event event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * Adds a counted item.
         *
         * @param countedItem the record
         * @return this builder
         * @since 0.1.0
         */
        public Builder countedItem(CountedItem countedItem) {
            countedItems.add(Objects.requireNonNull(countedItem, "countedItem"));
            return this;
        }

        /**
         * The date the records' states refer to.
         *
         * @param date the date
         * @return this builder
         * @since 0.1.0
         */
        public Builder dataAsOf(LocalDate date) {
            this.dataAsOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * The jurisdiction the records cover.
         *
         * @param jurisdiction a six-digit GB/T 2260 code
         * @return this builder
         * @since 0.1.0
         */
        public Builder coverage(String jurisdiction) {
            this.coverage = Objects.requireNonNull(jurisdiction, "jurisdiction");
            return this;
        }

        /**
         * The data.
         *
         * @return new, immutable data
         * @since 0.1.0
         */
        public ProgressData build() {
            return new ProgressData(this);
        }
    }
}
