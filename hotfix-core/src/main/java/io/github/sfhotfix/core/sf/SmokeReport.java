package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.RejectedInputException;
import java.util.List;

/** The results of the smoke checks, one per check, in order. */
public record SmokeReport(String targetOrg, List<SmokeCheckResult> results) {

    public SmokeReport {
        results = List.copyOf(results);
    }

    /** Returns whether no check failed; warnings pass. */
    public boolean passed() {
        return results.stream().noneMatch(result -> result.status() == SmokeCheckResult.Status.FAILED);
    }

    public List<String> lines() {
        return results.stream().map(SmokeCheckResult::line).toList();
    }

    /** Throws when a check failed, with every result line in the message. */
    public void requirePassed() throws RejectedInputException {
        if (!passed()) {
            throw new RejectedInputException("Smoke checks failed on org " + targetOrg + ":" + System.lineSeparator()
                    + "  " + String.join(System.lineSeparator() + "  ", lines()) + System.lineSeparator()
                    + "Investigate the failed checks and roll back if production is affected.");
        }
    }
}
