package io.github.sfhotfix.core.sf;

import java.time.Instant;
import java.util.List;

/**
 * A check-only deploy that succeeded.
 *
 * @param deployId the validated deploy id, usable for a quick deploy
 * @param targetOrg the org it was validated against
 * @param testsRun the number of Apex tests that ran
 * @param tests the tests that were requested
 * @param testLevel the test level used
 * @param coverageWarnings coverage warnings as {@code Name: message} lines
 */
public record ValidationOutcome(
        String deployId, String targetOrg, int testsRun, List<String> tests, TestLevel testLevel,
        List<String> coverageWarnings) {

    public ValidationOutcome {
        tests = List.copyOf(tests);
        coverageWarnings = List.copyOf(coverageWarnings);
    }

    /** Returns the record of this validation for a later quick deploy of the same commit. */
    public DeployRecord toRecord(String commitId, Instant validatedAt) {
        return new DeployRecord(deployId, commitId, validatedAt.toString(), targetOrg, testLevel.cliName(), tests);
    }
}
