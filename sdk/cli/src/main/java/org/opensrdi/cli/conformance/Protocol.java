package org.opensrdi.cli.conformance;

import java.util.List;

/**
 * The names of the harness protocol and of the capabilities, as {@code conformance-tests/README.md}
 * defines them.
 */
public final class Protocol {

    /** The protocol version this runner and adapter speak. */
    public static final int VERSION = 1;

    /** A document against one schema of the specification (JSON Schema keywords and locations). */
    public static final String SCHEMA = "schema";
    /** The check characters of the USCC (GB 32100) and the organisation code (GB 11714). */
    public static final String IDENTIFIERS = "identifiers";
    /** The validator on raw input: encoding, JSON, limits, CSV, the envelope (layer 1). */
    public static final String SYNTAX = "syntax";
    /** The validator on submissions, for the rules on one record (layer 4). */
    public static final String RECORD_RULES = "record-rules";
    /** The validator on submissions, for the rules across records (layer 5). */
    public static final String DATASET_RULES = "dataset-rules";
    /** The SME size class of one enterprise record on an as-of date. */
    public static final String SIZE_CLASS = "size-class";
    /** One tier's criteria for one enterprise record on an as-of date. */
    public static final String TIER_CRITERIA = "tier-criteria";
    /** The award lines of policy packs for a set of records on an as-of date. */
    public static final String AWARDS = "awards";
    /** The progress of policy packs' targets for a jurisdiction on an as-of date. */
    public static final String TARGETS = "targets";

    /** The capabilities whose output is a validation outcome (accepted, issues, counts). */
    public static final List<String> VALIDATION_CAPABILITIES = List.of(SYNTAX, RECORD_RULES, DATASET_RULES);

    private Protocol() {
    }
}
