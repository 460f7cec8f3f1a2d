package io.github.sfhotfix.core.triage;

/** When a change may be deployed to production. */
public enum DeploymentWindow {
    IMMEDIATE("immediate"),
    SCHEDULED("scheduled");

    private final String label;

    DeploymentWindow(String label) {
        this.label = label;
    }

    /** Returns the value in prose, as the policy table prints it. */
    public String label() {
        return label;
    }
}
