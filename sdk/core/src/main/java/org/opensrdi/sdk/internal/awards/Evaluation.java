package org.opensrdi.sdk.internal.awards;

import java.util.List;

/**
 * What one calculation found. Internal, not API.
 *
 * @param lines the award lines, by enterprise in input order, then pack and rule order
 * @param warnings the warnings, in the order they were found
 */
public record Evaluation(List<LineResult> lines, List<WarningResult> warnings) {
}
