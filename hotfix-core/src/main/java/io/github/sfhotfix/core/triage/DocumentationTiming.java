package io.github.sfhotfix.core.triage;

/** When the documentation of a change is due. */
public enum DocumentationTiming {
    AFTER_DEPLOYMENT("after deployment"),
    BEFORE_DEPLOYMENT("before deployment");

    private final String label;

    DocumentationTiming(String label) {
        this.label = label;
    }

    /** Returns the value in prose, as the policy table prints it. */
    public String label() {
        return label;
    }
}
