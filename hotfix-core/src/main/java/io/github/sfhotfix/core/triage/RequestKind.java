package io.github.sfhotfix.core.triage;

import io.github.sfhotfix.core.RejectedInputException;

/**
 * Kind of change requested. Only a {@link #DEFECT} can take the emergency or fast-track path; every other kind goes
 * to the regular release whatever its severity.
 */
public enum RequestKind {
    DEFECT("defect"),
    FEATURE_REQUEST("feature request"),
    NON_CRITICAL_BUG("non-critical bug"),
    PERFORMANCE_OPTIMISATION("performance optimisation"),
    UI_TWEAK("UI tweak");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    /** Returns the token users type for this kind, for example {@code feature-request}. */
    public String token() {
        return InputTokens.tokenOf(this);
    }

    /** Returns the kind in prose, for example {@code feature request}. */
    public String label() {
        return label;
    }

    /**
     * Parses {@code defect}, {@code feature-request}, {@code non-critical-bug}, {@code performance-optimisation} or
     * {@code ui-tweak}, ignoring case; underscores and spaces count as hyphens.
     *
     * @throws RejectedInputException when the value matches none of them
     */
    public static RequestKind parse(String value) throws RejectedInputException {
        return parse(value, null);
    }

    /**
     * Parses as {@link #parse(String)} does, naming {@code setting} in the message, such as {@code -Dhotfix.requestKind}.
     *
     * @throws RejectedInputException when the value is missing or matches no request kind
     */
    public static RequestKind parse(String value, String setting) throws RejectedInputException {
        return InputTokens.parse(RequestKind.class, value, "request kind", setting, RequestKind::token);
    }
}
