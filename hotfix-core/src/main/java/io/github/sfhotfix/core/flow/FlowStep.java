package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;

/**
 * One write of a workflow goal. A step reads git before it acts, so a step whose result is already in the repository
 * reports {@link StepOutcome#ALREADY_DONE} and writes nothing; this is what makes a goal safe to run again.
 */
interface FlowStep {

    /** Returns what the step does, in one line for the log. */
    String description();

    /** Returns what the step would do now, without writing: {@link StepOutcome#PLANNED} or already done. */
    StepResult plan() throws EnvironmentException;

    /** Performs the step, unless git shows it is done already. */
    StepResult run() throws EnvironmentException;
}
