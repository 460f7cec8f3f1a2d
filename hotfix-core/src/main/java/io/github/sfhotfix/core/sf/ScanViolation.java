package io.github.sfhotfix.core.sf;

/**
 * One Code Analyzer finding.
 *
 * @param rule the rule name, such as ApexSOQLInjection
 * @param file the file, as the analyzer reported it
 * @param line the line, or 0 when unknown
 * @param severity 1 (critical) to 5 (info)
 * @param message the analyzer's message
 */
public record ScanViolation(String rule, String file, int line, int severity, String message) {

    /** Returns {@code sev N rule file:line message}. */
    public String describe() {
        return "sev " + severity + " " + rule + " " + file + ":" + line + " " + message;
    }
}
