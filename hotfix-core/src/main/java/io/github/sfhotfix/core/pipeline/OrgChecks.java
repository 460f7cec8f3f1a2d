package io.github.sfhotfix.core.pipeline;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.sf.FailureMonitor;
import io.github.sfhotfix.core.sf.RegressionOutcome;
import io.github.sfhotfix.core.sf.RegressionRun;
import io.github.sfhotfix.core.sf.SmokeCheck;
import io.github.sfhotfix.core.sf.SmokeCheckResult;
import io.github.sfhotfix.core.sf.SmokeCheckSyntax;
import io.github.sfhotfix.core.sf.SmokeReport;
import io.github.sfhotfix.core.sf.SmokeTests;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checks of an org after a deploy: the smoke checks, the monitoring window and the full regression run, each
 * configured in the policy.
 */
public final class OrgChecks {

    /** The command that rolls back, quoted when monitoring fails. */
    static final String ROLLBACK_COMMAND = "mvn hotfix:rollback -Dhotfix.confirm=true";

    private final Clock clock;
    private final FailureMonitor.Sleeper sleeper;

    public OrgChecks() {
        this(Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * Creates the checks with a time source for the regression note and a way to wait between monitoring queries.
     */
    public OrgChecks(Clock clock, FailureMonitor.Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Runs the smoke checks of {@code smoke.checks} and prints one line per check with its figure.
     *
     * @throws RejectedInputException when a check is invalid or failed
     * @throws EnvironmentException when the CLI failed on a reachable org
     */
    public SfGoalReport smoke(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GoalLog log = new GoalLog();
        try (SfSession session = SfSession.open(request)) {
            List<SmokeCheck> checks = SmokeCheckSyntax.parse(session.policy().get(PolicyKeys.SMOKE_CHECKS),
                    session.policy().sourceOf(PolicyKeys.SMOKE_CHECKS));
            if (checks.isEmpty()) {
                log.info("Skipping the smoke checks: smoke.checks is empty.");
                return log.report(session.dryRun());
            }
            SmokeTests smoke = new SmokeTests(session.runner(), session.targetOrg(), session.projectDirectory(),
                    checks);
            if (session.dryRun()) {
                log.dryRun(concat(session.describeLogin(), smoke.describe()));
                return log.report(true);
            }

            log.step(1, 2, session.loginStep());
            session.loginToOrg();
            log.step(2, 2, "Running " + checks.size() + " smoke check(s)");
            SmokeReport report = smoke.run();
            for (SmokeCheckResult result : report.results()) {
                if (result.status() == SmokeCheckResult.Status.PASSED) {
                    log.info(result.line());
                } else {
                    log.warn(result.line());
                }
            }
            report.requirePassed();
            log.info("Smoke checks passed on org " + session.targetOrg() + ": " + checks.size() + " check(s).");
            return log.report(false);
        }
    }

    /**
     * Runs the failure-count query of {@code monitor.query} the configured number of times, printing {@code i/N} with
     * the count, and fails at the first count above {@code monitor.threshold} with the rollback command.
     *
     * @throws RejectedInputException when no query is configured, the query is invalid or a count is too high
     * @throws EnvironmentException when the CLI failed or the wait was interrupted
     */
    public SfGoalReport monitor(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GoalLog log = new GoalLog();
        try (SfSession session = SfSession.open(request)) {
            String query = session.policy().get(PolicyKeys.MONITOR_QUERY).strip();
            if (query.isEmpty()) {
                throw new RejectedInputException("monitor.query is not set, so there is nothing to watch. Set it in"
                        + " hotfix.yaml to a count query of failures, such as monitor.query: SELECT COUNT() FROM"
                        + " Error_Log__c WHERE CreatedDate = TODAY.");
            }
            FailureMonitor.Request watch = new FailureMonitor.Request(query,
                    session.policy().get(PolicyKeys.MONITOR_THRESHOLD),
                    session.policy().get(PolicyKeys.MONITOR_ITERATIONS),
                    Duration.ofSeconds(session.policy().get(PolicyKeys.MONITOR_INTERVAL_SECONDS)),
                    ROLLBACK_COMMAND + " -Dhotfix.sf.targetOrg=" + session.targetOrg());
            FailureMonitor monitor = new FailureMonitor(session.runner(), session.targetOrg(), watch, sleeper,
                    log::info);
            if (session.dryRun()) {
                log.dryRun(concat(session.describeLogin(), monitor.describe()));
                return log.report(true);
            }

            log.step(1, 2, session.loginStep());
            session.loginToOrg();
            log.step(2, 2, "Monitoring org " + session.targetOrg() + ": " + watch.iterations() + " queries, "
                    + watch.interval().toSeconds() + " s apart, failing above " + watch.threshold());
            FailureMonitor.Outcome outcome = monitor.run();
            log.info("Monitoring passed on org " + session.targetOrg() + ": counts " + outcome.counts()
                    + ", none above " + watch.threshold() + ".");
            return log.report(false);
        }
    }

    /**
     * Runs all local Apex tests with coverage, records the result as a git note on HEAD and fails on a failing test,
     * on zero tests, or on org-wide coverage below {@code regression.coverage}.
     *
     * @throws RejectedInputException when the run failed any of those checks
     * @throws EnvironmentException when git, the CLI or the network broke
     */
    public SfGoalReport regression(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GoalLog log = new GoalLog();
        try (SfSession session = SfSession.open(request)) {
            String head = session.repository().head().name();
            RegressionRun run = new RegressionRun(session.runner(), session.targetOrg(), session.waitMinutes(),
                    session.policy().get(PolicyKeys.REGRESSION_COVERAGE), head,
                    session.notes(RegressionRun.NOTES_REF), clock);
            if (session.dryRun()) {
                log.dryRun(concat(session.describeLogin(), run.describe()));
                return log.report(true);
            }

            log.step(1, 2, session.loginStep());
            session.loginToOrg();
            log.step(2, 2, "Running all local Apex tests in org " + session.targetOrg() + " with coverage");
            RegressionOutcome outcome = run.run();
            log.info("Regression passed on org " + outcome.org() + ": " + outcome.testsRan() + " test(s), org-wide"
                    + " coverage " + outcome.orgWideCoverage() + "% (minimum " + outcome.coverageThreshold()
                    + "%). Recorded on " + head.substring(0, 8) + " in git notes " + RegressionRun.NOTES_REF + ".");
            return log.report(false);
        }
    }

    static List<String> concat(List<String> first, List<String> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }
}
