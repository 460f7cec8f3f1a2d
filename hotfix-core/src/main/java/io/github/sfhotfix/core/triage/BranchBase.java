package io.github.sfhotfix.core.triage;

/** Commit a change branch starts from. */
public enum BranchBase {
    LATEST_PRODUCTION_TAG("latest production tag"),
    INTEGRATION_BRANCH("integration branch");

    private final String label;

    BranchBase(String label) {
        this.label = label;
    }

    /** Returns the value in prose, as the policy table prints it. */
    public String label() {
        return label;
    }
}
