package io.github.sfhotfix.core.policy;

/**
 * The branches {@code hotfix:finish} merges a hotfix into after the production branch: the integration branch,
 * the in-flight release branch, or both.
 */
public enum MergeTarget {
    /** The integration branch only. */
    DEVELOP("develop"),
    /** The in-flight {@code release/*} branch when one exists, else the integration branch. */
    RELEASE("release"),
    /** The integration branch, and the in-flight release branch when one exists. */
    BOTH("both");

    private final String keyword;

    MergeTarget(String keyword) {
        this.keyword = keyword;
    }

    static MergeTarget parse(String text) {
        for (MergeTarget target : values()) {
            if (target.keyword.equalsIgnoreCase(text.trim())) {
                return target;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return keyword;
    }
}
