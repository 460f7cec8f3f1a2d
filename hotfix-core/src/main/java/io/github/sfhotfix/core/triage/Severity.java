package io.github.sfhotfix.core.triage;

import io.github.sfhotfix.core.RejectedInputException;

/** Severity of a production incident, as the person on call rates it. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    /** Returns the token users type for this severity, for example {@code critical}. */
    public String token() {
        return InputTokens.tokenOf(this);
    }

    /**
     * Parses {@code critical}, {@code high}, {@code medium} or {@code low}, ignoring case.
     *
     * @throws RejectedInputException when the value matches none of them
     */
    public static Severity parse(String value) throws RejectedInputException {
        return parse(value, null);
    }

    /**
     * Parses as {@link #parse(String)} does, naming {@code setting} in the message, such as {@code -Dhotfix.severity}.
     *
     * @throws RejectedInputException when the value is missing or matches no severity
     */
    public static Severity parse(String value, String setting) throws RejectedInputException {
        return InputTokens.parse(Severity.class, value, "severity", setting, Severity::token);
    }
}
