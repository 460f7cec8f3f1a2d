package io.github.sfhotfix.core.flow;

import java.util.List;

/**
 * The outcome of one {@code hotfix:start} run.
 *
 * @param branch the hotfix branch, such as {@code hotfix/fix-payment-processor}
 * @param tag the tag the branch starts from
 * @param tagCommit the commit id the tag points to
 * @param warnings facts the user should know, such as another open hotfix off the same tag
 * @param steps each step and its outcome
 * @param dryRun true when nothing was written
 */
public record StartResult(String branch, String tag, String tagCommit, List<String> warnings, List<StepResult> steps,
        boolean dryRun) {

    public StartResult {
        warnings = List.copyOf(warnings);
        steps = List.copyOf(steps);
    }
}
