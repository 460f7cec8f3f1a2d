package io.github.sfhotfix.core.triage;

import io.github.sfhotfix.core.RejectedInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the lower-case, hyphenated tokens that users type for triage enums. */
final class InputTokens {

    private InputTokens() {
    }

    /** Returns the token of an enum constant: {@code FEATURE_REQUEST} becomes {@code feature-request}. */
    static String tokenOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code value} case-insensitively; underscores and spaces count as hyphens.
     *
     * @param setting how the user sets the value, such as {@code -Dhotfix.impact}, named in the message; or null
     * @throws RejectedInputException when no constant matches; the message names the value and the accepted tokens
     */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String valueName, String setting,
            Function<E, String> token) throws RejectedInputException {
        E[] constants = type.getEnumConstants();
        String accepted = Arrays.stream(constants).map(token).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            String how = setting == null ? "Set it" : "Set it with " + setting;
            throw new RejectedInputException("Missing " + valueName + ". " + how + " to one of: " + accepted + ".");
        }

        String normalized = value.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (E constant : constants) {
            if (token.apply(constant).equals(normalized)) {
                return constant;
            }
        }
        String how = setting == null ? "Use" : "Set " + setting + " to";
        throw new RejectedInputException(
                "Invalid " + valueName + " '" + value + "'. " + how + " one of: " + accepted + ".");
    }
}
