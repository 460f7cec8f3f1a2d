package io.github.sfhotfix.core.docs;

import io.github.sfhotfix.core.RejectedInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Formatting and input checks shared by the Markdown documents. */
final class Markdown {

    static final String TO_BE_FILLED = "_To be filled in._";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Markdown() {
    }

    /** Formats an instant in UTC to the minute, for example {@code 2026-12-04 10:02 UTC}. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** Makes {@code text} safe inside a table cell: one line, pipes escaped. */
    static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }

    /** Wraps {@code text} in a code span, for ids and branch names. */
    static String code(String text) {
        return "`" + cell(text).replace("`", "'") + "`";
    }

    /**
     * Checks that {@code value} can be used as a file name: letters, digits, dot, underscore and hyphen, starting with
     * a letter or digit.
     */
    static String fileName(String value, String valueName) throws RejectedInputException {
        if (value == null || !FILE_NAME.matcher(value).matches()) {
            throw new RejectedInputException("Invalid " + valueName + " '" + value + "': it names a file, so use only"
                    + " letters, digits, '.', '_' and '-', starting with a letter or digit (for example INC-1234).");
        }
        return value;
    }
}
