package io.github.sfhotfix.core.triage;

/** When the code review of a change must happen. */
public enum ReviewTiming {
    MAY_FOLLOW_DEPLOYMENT("may follow deployment"),
    BEFORE_DEPLOYMENT("before deployment"),
    BEFORE_MERGE("before merge");

    private final String label;

    ReviewTiming(String label) {
        this.label = label;
    }

    /** Returns the value in prose, as the policy table prints it. */
    public String label() {
        return label;
    }
}
