package io.github.sfhotfix.core.docs;

/** Work owed after a hotfix is tagged. */
public enum Obligation {
    MERGED_TO_MAIN("merged to main"),
    MERGED_TO_DEVELOP("merged to develop"),
    REGRESSION_PASSED("regression passed"),
    RCA_DOCUMENT("RCA document"),
    CHANGELOG_ENTRY("changelog entry");

    private final String label;

    Obligation(String label) {
        this.label = label;
    }

    /** Returns the column heading, for example {@code regression passed}. */
    public String label() {
        return label;
    }
}
