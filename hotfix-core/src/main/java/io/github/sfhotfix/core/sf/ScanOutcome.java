package io.github.sfhotfix.core.sf;

import java.nio.file.Path;
import java.util.List;

/**
 * A scan that passed the gate: its findings are all below the severity threshold.
 *
 * @param filesGiven the number of files passed to the analyzer
 * @param engines the analyzer engines that ran, such as pmd
 * @param violations all findings
 * @param reportFile the analyzer's JSON output
 */
public record ScanOutcome(int filesGiven, List<String> engines, List<ScanViolation> violations, Path reportFile) {

    public ScanOutcome {
        engines = List.copyOf(engines);
        violations = List.copyOf(violations);
    }
}
