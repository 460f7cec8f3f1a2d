package io.github.sfhotfix.core.pipeline;

import java.util.List;

/**
 * The lines a Salesforce goal printed, in order.
 *
 * @param lines the lines logged at info or warn
 * @param dryRun whether the goal only printed its commands
 */
public record SfGoalReport(List<String> lines, boolean dryRun) {

    public SfGoalReport {
        lines = List.copyOf(lines);
    }
}
