package io.github.sfhotfix.core.flow;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one {@code hotfix:finish} run. A conflict or a rejected push is an expected outcome, so it is a value here and
 * the steps before it stay done; running the goal again continues from git's state.
 *
 * @param branch the hotfix branch
 * @param tag the tag of the new version, such as {@code v1.2.4}
 * @param version the new version, such as {@code 1.2.4}
 * @param mergeTargets the branches merged into, production branch first
 * @param steps each step and its outcome, in order
 * @param conflict the merge that stopped on conflicts, or null
 * @param pushRejection what the remote rejected and what was not pushed, or null
 * @param dryRun true when nothing was written
 */
public record FinishResult(String branch, String tag, String version, List<String> mergeTargets,
        List<StepResult> steps, MergeConflict conflict, String pushRejection, boolean dryRun) {

    public FinishResult {
        mergeTargets = List.copyOf(mergeTargets);
        steps = List.copyOf(steps);
    }

    public Optional<MergeConflict> mergeConflict() {
        return Optional.ofNullable(conflict);
    }

    public Optional<String> rejectedPush() {
        return Optional.ofNullable(pushRejection);
    }

    /** Returns true when a step stopped, so the finish is incomplete. */
    public boolean stopped() {
        return steps.stream().anyMatch(step -> step.outcome() == StepOutcome.STOPPED);
    }

    /** Returns true when every step was already done, so the run wrote nothing. */
    public boolean changedNothing() {
        return steps.stream().allMatch(step -> step.outcome() == StepOutcome.ALREADY_DONE);
    }
}
