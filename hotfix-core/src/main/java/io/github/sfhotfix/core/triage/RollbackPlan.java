package io.github.sfhotfix.core.triage;

/** How a deployed change is rolled back. */
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
