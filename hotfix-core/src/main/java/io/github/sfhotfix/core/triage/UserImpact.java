package io.github.sfhotfix.core.triage;

import io.github.sfhotfix.core.RejectedInputException;

/** Share of users blocked by an incident. */
public enum UserImpact {
    /** All or most users are blocked. */
    ALL,
    /** Some users or some functions are affected. */
    PARTIAL,
    /** No user is blocked. */
    NONE;

    /** Returns the token users type for this impact, for example {@code partial}. */
    public String token() {
        return InputTokens.tokenOf(this);
    }

    /**
     * Parses {@code all}, {@code partial} or {@code none}, ignoring case.
     *
     * @throws RejectedInputException when the value matches none of them
     */
    public static UserImpact parse(String value) throws RejectedInputException {
        return parse(value, null);
    }

    /**
     * Parses as {@link #parse(String)} does, naming {@code setting} in the message, such as {@code -Dhotfix.impact}.
     *
     * @throws RejectedInputException when the value is missing or matches no user impact
     */
    public static UserImpact parse(String value, String setting) throws RejectedInputException {
        return InputTokens.parse(UserImpact.class, value, "user impact", setting, UserImpact::token);
    }
}
