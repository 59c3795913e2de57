package org.opensrdi.sdk.internal.awards;

import java.util.List;

/**
 * A policy pack compiled for the award calculator. Internal, not API.
 *
 * @param packId the pack's id
 * @param packVersion the pack's version
 * @param jurisdiction the jurisdiction whose enterprises its rules apply to (and those below it)
 * @param rules its award lines, in pack order: award rules, then unquantified awards
 */
public record CompiledPack(String packId, String packVersion, String jurisdiction, List<CompiledRule> rules) {

    /**
     * The pack's id and version as explanations name it.
     *
     * @return for example {@code 652722-2022-hte-doubling@0.1.0}
     */
    public String reference() {
        return packId + "@" + packVersion;
    }
}
