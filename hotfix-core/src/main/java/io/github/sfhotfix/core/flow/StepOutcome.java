package io.github.sfhotfix.core.flow;

import java.util.Locale;

/** The outcome of one step of a workflow goal. */
public enum StepOutcome {
    /** The step wrote what it describes. */
    DONE,
    /** Git already shows the step's result, such as a branch that contains the hotfix, so nothing was written. */
    ALREADY_DONE,
    /** Dry run: the step would write what it describes. */
    PLANNED,
    /** The step stopped on an expected outcome, such as a merge conflict or a rejected push, and wrote nothing. */
    STOPPED,
    /** An earlier step stopped, so this one did not run. */
    NOT_RUN;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
