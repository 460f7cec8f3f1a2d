package io.github.sfhotfix.core.sf;

/**
 * The outcome of one smoke check.
 *
 * @param name the check's name
 * @param status passed, warning, failed or skipped
 * @param figure the measured value, such as a count or the org's user name
 * @param detail what was expected or what went wrong
 */
public record SmokeCheckResult(String name, Status status, String figure, String detail) {

    /** A check's status. */
    public enum Status { PASSED, WARNING, FAILED, SKIPPED }

    /** Returns {@code STATUS name: figure (detail)}. */
    public String line() {
        return status + " " + name + ": " + figure + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
