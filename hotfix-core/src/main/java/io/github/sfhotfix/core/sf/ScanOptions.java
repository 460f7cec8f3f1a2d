package io.github.sfhotfix.core.sf;

/**
 * Settings of the code scan gate.
 *
 * @param format which Code Analyzer output to run and read (default {@link Format#CODE_ANALYZER_V5}, key
 *     {@code hotfix.scan.format}: {@code v5} or {@code v4})
 * @param severityThreshold violations of this severity or more severe fail the gate, where 1 is critical and 5 is
 *     info (default 1, key {@code hotfix.scan.severityThreshold})
 */
public record ScanOptions(Format format, int severityThreshold) {

    /** The Code Analyzer generation. */
    public enum Format {
        /** {@code sf code-analyzer run}, which writes its JSON to the output file. */
        CODE_ANALYZER_V5,
        /** {@code sf scanner run}, retired in August 2025 and absent from current CLIs. */
        SCANNER_V4
    }

    public ScanOptions {
        if (format == null) {
            throw new IllegalArgumentException("The scan format is missing: use v5 or v4");
        }
        if (severityThreshold < 1 || severityThreshold > 5) {
            throw new IllegalArgumentException("The scan severity threshold " + severityThreshold
                    + " is outside 1 (critical) to 5 (info): set hotfix.scan.severityThreshold to 1..5");
        }
    }

    /** Returns the defaults: Code Analyzer v5, failing on severity 1 (critical). */
    public static ScanOptions defaults() {
        return new ScanOptions(Format.CODE_ANALYZER_V5, 1);
    }
}
