package io.github.sfhotfix.core.triage;

/** Rollback method of a deployed change. */
public enum RollbackPlan {
    MANUAL_PREPARED("manual, prepared"),
    AUTOMATED("automated");

    private final String label;

    RollbackPlan(String label) {
        this.label = label;
    }

    /** Returns the value in prose, as the policy table prints it. */
    public String label() {
        return label;
    }
}
