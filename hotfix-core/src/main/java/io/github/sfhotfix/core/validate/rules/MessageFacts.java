package io.github.sfhotfix.core.validate.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads issue references and severities from commit messages and branch names: git trailers first
 * ({@code Issue: #123}, {@code Severity: Critical}), then the message body.
 */
final class MessageFacts {

    /** An issue reference: {@code #12345}, {@code owner/repo#12}, or a tracker key such as {@code PAY-123}. */
    static final Pattern ISSUE = Pattern.compile("(?:[\\w.-]+/[\\w.-]+)?#\\d+|\\b[A-Z][A-Z0-9]+-\\d+\\b");

    static final Pattern SEVERITY_VALUE = Pattern.compile("(?i)critical|high|medium|low");

    private static final Pattern ISSUE_TRAILER =
            Pattern.compile("(?im)^(?:issue|issues|fixes|refs|closes|jira|ticket)\\s*:\\s*(.+)$");
    private static final Pattern SEVERITY_TRAILER = Pattern.compile("(?im)^severity\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern SEVERITY_IN_TEXT =
            Pattern.compile("(?i)\\bseverity\\s*[:=]?\\s*(critical|high|medium|low)\\b");

    private MessageFacts() {
    }

    /** Returns the first issue reference in a trailer or anywhere in the message. */
    static Optional<String> issue(String message) {
        Matcher trailer = ISSUE_TRAILER.matcher(message);
        while (trailer.find()) {
            Matcher reference = ISSUE.matcher(trailer.group(1));
            if (reference.find()) {
                return Optional.of(reference.group());
            }
        }
        Matcher anywhere = ISSUE.matcher(message);
        return anywhere.find() ? Optional.of(anywhere.group()) : Optional.empty();
    }

    /**
     * Returns the severity given in a {@code Severity:} trailer or in the text, lower-cased. A trailer with another
     * word, such as {@code Severity: urgent}, is returned as written so the caller can reject it.
     */
    static Optional<String> severity(String message) {
        Matcher trailer = SEVERITY_TRAILER.matcher(message);
        if (trailer.find()) {
            return Optional.of(trailer.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher text = SEVERITY_IN_TEXT.matcher(message);
        return text.find() ? Optional.of(text.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
