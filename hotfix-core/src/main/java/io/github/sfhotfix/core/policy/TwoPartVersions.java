package io.github.sfhotfix.core.policy;

/**
 * The {@code hotfix:finish} behaviour when the production tag has a two-part version such as {@code rel/3.236}: reject
 * the finish, or append a patch part ({@code 3.236.1}).
 */
public enum TwoPartVersions {
    ERROR("error"),
    APPEND("append");

    private final String keyword;

    TwoPartVersions(String keyword) {
        this.keyword = keyword;
    }

    static TwoPartVersions parse(String text) {
        for (TwoPartVersions mode : values()) {
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
