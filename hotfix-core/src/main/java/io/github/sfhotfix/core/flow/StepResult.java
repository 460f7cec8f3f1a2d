package io.github.sfhotfix.core.flow;

/**
 * The outcome of one workflow step.
 *
 * @param description what the step does, such as {@code Merge hotfix/fix-rounding into main (--no-ff)}
 * @param outcome what happened
 * @param detail the commit, tag or reason behind the outcome; empty when there is nothing to add
 */
public record StepResult(String description, StepOutcome outcome, String detail) {

    static StepResult done(String description, String detail) {
        return new StepResult(description, StepOutcome.DONE, detail);
    }

    static StepResult alreadyDone(String description, String detail) {
        return new StepResult(description, StepOutcome.ALREADY_DONE, detail);
    }

    static StepResult planned(String description, String detail) {
        return new StepResult(description, StepOutcome.PLANNED, detail);
    }

    static StepResult stopped(String description, String detail) {
        return new StepResult(description, StepOutcome.STOPPED, detail);
    }

    static StepResult notRun(String description) {
        return new StepResult(description, StepOutcome.NOT_RUN, "");
    }
}
