package io.github.sfhotfix.core.policy;

/**
 * Action when changed Apex has no affected test: fail validation ({@code none}), or deploy with all local
 * tests ({@code RunLocalTests}) and only warn.
 */
public enum TestFallback {
    NONE("none"),
    RUN_LOCAL_TESTS("RunLocalTests");

    private final String keyword;

    TestFallback(String keyword) {
        this.keyword = keyword;
    }

    static TestFallback parse(String text) {
        for (TestFallback fallback : values()) {
            if (fallback.keyword.equalsIgnoreCase(text.trim())) {
                return fallback;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return keyword;
    }
}
