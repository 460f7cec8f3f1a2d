package io.github.sfhotfix.core.validate;

/**
 * One problem a rule found.
 *
 * @param rule the rule id, such as {@code base} or {@code commit-message}
 * @param level error or warning
 * @param value the offending value: a branch name, a commit, a path
 * @param message what is wrong, naming the value
 * @param fix what to do about it
 */
public record Finding(String rule, FindingLevel level, String value, String message, String fix) {

    public static Finding error(String rule, String value, String message, String fix) {
        return new Finding(rule, FindingLevel.ERROR, value, message, fix);
    }

    public static Finding warning(String rule, String value, String message, String fix) {
        return new Finding(rule, FindingLevel.WARNING, value, message, fix);
    }

    /** Returns the finding at another level, for rules whose level the policy sets. */
    public Finding at(FindingLevel newLevel) {
        return new Finding(rule, newLevel, value, message, fix);
    }
}
