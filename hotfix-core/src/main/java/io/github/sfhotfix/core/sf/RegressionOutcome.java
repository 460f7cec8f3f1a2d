package io.github.sfhotfix.core.sf;

import java.util.List;

/**
 * A full regression run, as recorded in the git note {@code refs/notes/hotfix-regression}.
 *
 * @param org the org the tests ran in
 * @param testRunId the Apex test run id
 * @param commitId the commit the run is recorded on
 * @param ranAt when the run finished, ISO-8601 UTC
 * @param testsRan the number of test methods that ran
 * @param failing the number that failed
 * @param orgWideCoverage the org-wide coverage in percent
 * @param coverageThreshold the minimum org-wide coverage in percent
 * @param failures failed tests as {@code Class.method: message}
 * @param passed whether no test failed and coverage reached the threshold
 */
public record RegressionOutcome(
        String org, String testRunId, String commitId, String ranAt, int testsRan, int failing, int orgWideCoverage,
        int coverageThreshold, List<String> failures, boolean passed) {

    public RegressionOutcome {
        failures = List.copyOf(failures);
    }
}
