package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Runs all local Apex tests with code coverage ({@code sf apex run test --test-level RunLocalTests}), records the
 * result as a git note on a commit, and fails on any failing test, on zero tests, or on org-wide coverage below the
 * threshold.
 */
public final class RegressionRun implements SfOperation {

    /** The notes ref that stores the regression results of a commit. */
    public static final String NOTES_REF = "refs/notes/hotfix-regression";

    /** The default minimum org-wide coverage, in percent, which is also Salesforce's production minimum. */
    public static final int DEFAULT_COVERAGE_THRESHOLD = 75;

    private static final Pattern PERCENT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*");

    private final SfRunner runner;
    private final String targetOrg;
    private final int waitMinutes;
    private final int coverageThreshold;
    private final String commitId;
    private final CommitNotes notes;
    private final Clock clock;

    /**
     * Creates the run.
     *
     * @param coverageThreshold minimum org-wide coverage in percent (key {@code hotfix.regression.coverage})
     * @param commitId the commit that receives the note, usually the merged hotfix on the production branch
     */
    public RegressionRun(SfRunner runner, String targetOrg, int waitMinutes, int coverageThreshold, String commitId,
            CommitNotes notes, Clock clock) {
        this.runner = runner;
        this.targetOrg = targetOrg;
        this.waitMinutes = waitMinutes;
        this.coverageThreshold = coverageThreshold;
        this.commitId = commitId;
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public List<String> describe() {
        return List.of(command().describe());
    }

    /**
     * Runs the tests and records the result.
     *
     * @throws RejectedInputException when a test failed, no test ran, coverage is below the threshold, or the inputs
     *     are invalid; the result is recorded first
     * @throws EnvironmentException when the CLI or the network broke
     */
    public RegressionOutcome run() throws RejectedInputException, EnvironmentException {
        checkInputs();
        RevCommit commit = notes.resolve(commitId);

        SfResult result = runner.run(command());
        boolean finished = result.exitCode() == 0 || result.exitCode() == SfExitCode.TEST_FAILURES.code();
        Optional<JsonNode> node = result.json().flatMap(SfEnvelope::resultNode);
        if (!finished || node.isEmpty() || !node.get().has("summary")) {
            throw result.environmentFailure("The regression run in org " + targetOrg + " did not finish");
        }
        JsonNode summary = node.get().get("summary");
        List<String> failures = failures(node.get().path("tests"));
        int testsRan = summary.path("testsRan").asInt(0);
        int coverage = percent(summary.path("orgWideCoverage").asText(""));
        int failing = Math.max(summary.path("failing").asInt(0), failures.size());
        boolean passed = failing == 0 && testsRan > 0 && coverage >= coverageThreshold;

        RegressionOutcome outcome = new RegressionOutcome(targetOrg, summary.path("testRunId").asText(""),
                commit.name(), clock.instant().toString(), testsRan, failing, coverage, coverageThreshold, failures,
                passed);
        notes.append(commit, outcome);
        if (!passed) {
            throw failure(outcome);
        }
        return outcome;
    }

    private RejectedInputException failure(RegressionOutcome outcome) {
        List<String> lines = new ArrayList<>();
        lines.add("The regression run in org " + targetOrg + " failed: " + outcome.testsRan() + " tests ran, "
                + outcome.failing() + " failed, org-wide coverage " + outcome.orgWideCoverage() + "% (minimum "
                + coverageThreshold + "%).");
        outcome.failures().forEach(failure -> lines.add("  " + failure));
        if (outcome.testsRan() == 0) {
            lines.add("No test ran: check that the org has local Apex tests.");
        }
        if (outcome.orgWideCoverage() < coverageThreshold) {
            lines.add("Raise coverage to at least " + coverageThreshold + "% by adding tests for the uncovered"
                    + " classes.");
        }
        lines.add("Fix the failures and run the regression again.");
        return new RejectedInputException(String.join(System.lineSeparator(), lines));
    }

    private SfCommand command() {
        return SfCommand.builder("apex", "run", "test")
                .option("--test-level", TestLevel.RUN_LOCAL_TESTS.cliName())
                .flag("--code-coverage")
                .option("--result-format", "json")
                .waitMinutes(waitMinutes)
                .targetOrg(targetOrg)
                .flag("--json")
                .build();
    }

    private void checkInputs() throws RejectedInputException {
        List<String> problems = new ArrayList<>();
        if (targetOrg == null || targetOrg.isBlank()) {
            problems.add("The target org is blank: set hotfix.sf.targetOrg to an org alias or username.");
        }
        if (waitMinutes < 1) {
            problems.add("The wait of " + waitMinutes + " minutes is below 1: set hotfix.sf.waitMinutes to 1 or"
                    + " more, because without a wait the CLI returns only the test run id.");
        }
        if (coverageThreshold < 0 || coverageThreshold > 100) {
            problems.add("The coverage threshold " + coverageThreshold + " is outside 0..100: set"
                    + " hotfix.regression.coverage to a percentage.");
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputException(String.join(System.lineSeparator(), problems));
        }
    }

    private static List<String> failures(JsonNode tests) {
        List<String> failures = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        if (tests.isArray()) {
            tests.forEach(entries::add);
        } else if (tests.isObject()) {
            entries.add(tests);
        }
        for (JsonNode test : entries) {
            String outcome = test.path("Outcome").asText("");
            if (outcome.equals("Fail") || outcome.equals("CompileFail")) {
                String name = test.path("FullName").asText(test.path("ApexClass").path("Name").asText("?") + "."
                        + test.path("MethodName").asText("?"));
                failures.add(name + ": " + test.path("Message").asText(outcome));
            }
        }
        return failures;
    }

    /** Returns the whole percent of a value such as {@code "78%"} or {@code "78.5%"}, rounded down; -1 if unreadable. */
    static int percent(String text) {
        Matcher matcher = PERCENT.matcher(text);
        if (!matcher.matches()) {
            return -1;
        }
        return (int) Math.floor(Double.parseDouble(matcher.group(1)));
    }
}
