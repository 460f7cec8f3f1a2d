package io.github.sfhotfix.core.policy;

/** Start of a hotfix's change set: the production tag, or the merge base with the production branch. */
public enum BaseMode {
    TAG("tag"),
    MERGE_BASE("merge-base");

    private final String keyword;

    BaseMode(String keyword) {
        this.keyword = keyword;
    }

    static BaseMode parse(String text) {
        for (BaseMode mode : values()) {
            if (mode.keyword.equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return keyword;
    }
}
