package io.github.sfhotfix.core.pipeline;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.ApprovalCheck;
import io.github.sfhotfix.core.approval.ApprovalGate;
import io.github.sfhotfix.core.process.ResolvedTrack;
import io.github.sfhotfix.core.process.TrackResolver;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.sf.CheckOnlyDeploy;
import io.github.sfhotfix.core.sf.DeployOutcome;
import io.github.sfhotfix.core.sf.DeployRecord;
import io.github.sfhotfix.core.sf.DeployRequest;
import io.github.sfhotfix.core.sf.ProductionDeploy;
import io.github.sfhotfix.core.sf.ScanGate;
import io.github.sfhotfix.core.sf.ScanOptions;
import io.github.sfhotfix.core.sf.ScanOutcome;
import io.github.sfhotfix.core.sf.ScanViolation;
import io.github.sfhotfix.core.sf.ValidationOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The steps that take a validated hotfix branch to an org: the code scan, the check-only deploy with the affected
 * tests, and the production deploy. Each validates the branch first, so the change set and the tests are the ones
 * {@code hotfix:validate} reports.
 */
public final class HotfixDeployment {

    /** The validated deploy record, in the output folder. */
    public static final String DEPLOY_RECORD = "deploy.json";

    private final Clock clock;

    public HotfixDeployment() {
        this(Clock.systemUTC());
    }

    /** Creates the facade with a time source for the deploy record and the quick-deploy age limit. */
    public HotfixDeployment(Clock clock) {
        this.clock = clock;
    }

    /**
     * Validates the changed deployable files against the org without deploying them
     * ({@code sf project deploy validate}) and records the validated deploy id with the commit id in
     * {@code deploy.json}.
     *
     * @throws RejectedInputException when the branch is not fit, no test is selected, the validation failed or ran no
     *     test
     * @throws EnvironmentException when git, the CLI or the network broke
     */
    public SfGoalReport checkDeploy(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GoalLog log = new GoalLog();
        try (SfSession session = SfSession.open(request)) {
            HotfixChanges changes = new HotfixChanges(session, session.validate());
            changes.requireFit("check-deploy");
            DeployRequest deploy = prepare(changes, log);
            CheckOnlyDeploy validation = new CheckOnlyDeploy(session.runner(), deploy);
            if (session.dryRun()) {
                log.dryRun(commands(session.describeLogin(), validation.describe()));
                return log.report(true);
            }

            log.step(1, 2, session.loginStep());
            session.loginToOrg();
            log.step(2, 2, "Check-only deploy of " + deploy.sourcePaths().size() + " file(s) with "
                    + describeTests(deploy));
            ValidationOutcome outcome = validation.run();
            outcome.coverageWarnings().forEach(warning -> log.warn("Coverage: " + warning));
            Path record = session.outputDirectory().resolve(DEPLOY_RECORD);
            outcome.toRecord(changes.result().headCommit(), clock.instant()).write(record);
            log.info("Check-only deploy " + outcome.deployId() + " to org " + outcome.targetOrg() + " passed: "
                    + outcome.testsRun() + " test(s) ran, " + outcome.coverageWarnings().size()
                    + " coverage warning(s). Recorded for commit " + abbreviate(changes.result().headCommit())
                    + " in " + record);
            return log.report(false);
        }
    }

    /**
     * Runs Code Analyzer on the changed files that still exist and fails on violations at or above the policy's
     * severity, or when Apex changed and no engine scanned it.
     *
     * @throws RejectedInputException when a violation reaches the threshold or nothing was scanned
     * @throws EnvironmentException when git or the analyzer broke
     */
    public SfGoalReport scan(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GoalLog log = new GoalLog();
        try (SfSession session = SfSession.open(request)) {
            HotfixChanges changes = new HotfixChanges(session, session.validate());
            List<String> files = changes.sourcePaths();
            ScanOptions options = new ScanOptions(
                    session.policy().get(PolicyKeys.SCAN_FORMAT).equals("v4") ? ScanOptions.Format.SCANNER_V4
                            : ScanOptions.Format.CODE_ANALYZER_V5,
                    session.policy().get(PolicyKeys.SCAN_SEVERITY_THRESHOLD));
            ScanGate gate = new ScanGate(session.runner(), session.projectDirectory(), files,
                    session.outputDirectory(), options);
            if (files.isEmpty()) {
                log.info("Skipping the code scan: the hotfix changed no deployable file.");
                return log.report(session.dryRun());
            }
            if (session.dryRun()) {
                log.dryRun(gate.describe());
                return log.report(true);
            }

            log.step(1, 1, "Scanning " + files.size() + " changed file(s) with Code Analyzer "
                    + session.policy().get(PolicyKeys.SCAN_FORMAT));
            ScanOutcome outcome = gate.run();
            for (ScanViolation violation : outcome.violations()) {
                log.warn("Below the threshold: " + violation.describe());
            }
            log.info("Code scan passed: " + outcome.filesGiven() + " file(s), engines " + outcome.engines() + ", "
                    + outcome.violations().size() + " violation(s) below severity " + options.severityThreshold()
                    + ". Report: " + outcome.reportFile());
            return log.report(false);
        }
    }

    /**
     * Deploys the hotfix once the commit has its track's approvals: a quick deploy of the validated id recorded in
     * {@code deploy.json} when it is for the same commit and org and young enough, otherwise a deploy with the same
     * sources and tests. Records the deploy as a git note on the commit.
     *
     * @throws RejectedInputException when the branch is not fit, approvals are missing, no test is selected or the
     *     deploy failed
     * @throws EnvironmentException when git, the CLI or the network broke
     */
    public SfGoalReport deploy(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GoalLog log = new GoalLog();
        try (SfSession session = SfSession.open(request)) {
            HotfixChanges changes = new HotfixChanges(session, session.validate());
            changes.requireFit("deploy");
            DeployRequest deployRequest = prepare(changes, log);
            Path recordFile = session.outputDirectory().resolve(DEPLOY_RECORD);
            DeployRecord validation = DeployRecord.read(recordFile).orElse(null);
            ProductionDeploy deploy = new ProductionDeploy(session.runner(), deployRequest,
                    changes.result().headCommit(), validation, session.notes(ProductionDeploy.NOTES_REF), clock,
                    Duration.ofDays(session.policy().get(PolicyKeys.DEPLOY_MAX_VALIDATION_AGE_DAYS)));
            Optional<String> obstacle = deploy.quickDeployObstacle();
            String method = obstacle.isEmpty() ? "Quick deploy of validated deploy " + validation.deployId()
                    : "Deploy with " + describeTests(deployRequest) + ", not a quick deploy, because "
                            + obstacle.get() + " (" + recordFile + ")";
            ApprovalCheck approvals = approvals(session, changes);
            if (session.dryRun()) {
                log.info(approvals.message());
                log.info(method);
                log.dryRun(commands(session.describeLogin(), deploy.describe()));
                return log.report(true);
            }
            if (!approvals.passed()) {
                throw new RejectedInputException("Deploy stopped before contacting the org: " + approvals.message());
            }

            log.info(approvals.message());
            log.step(1, 2, session.loginStep());
            session.loginToOrg();
            log.step(2, 2, method);
            DeployOutcome outcome = deploy.run();
            log.info("Deployed " + abbreviate(outcome.commitId()) + " to org " + outcome.org() + ": deploy "
                    + outcome.deployId() + " " + outcome.status() + (outcome.quickDeploy() ? " (quick deploy)"
                    : ", " + outcome.testsRun() + " test(s) ran") + ". Recorded in git notes "
                    + ProductionDeploy.NOTES_REF + ".");
            return log.report(false);
        }
    }

    /** Checks that the commit to deploy has the approvals its track requires. */
    private static ApprovalCheck approvals(SfSession session, HotfixChanges changes)
            throws RejectedInputException, EnvironmentException {
        ObjectId commit = ObjectId.fromString(changes.result().headCommit());
        ResolvedTrack track = TrackResolver.resolve(session.repository(), session.policy(), commit);
        return new ApprovalGate(session.policy().approvalOptions()).check(session.repository().jgit(), commit,
                track.policy());
    }

    /** Builds the deploy request and checks it before anything runs, logging what a source deploy cannot carry. */
    private static DeployRequest prepare(HotfixChanges changes, GoalLog log)
            throws RejectedInputException, EnvironmentException {
        DeployRequest request = changes.deployRequest(log);
        changes.undeployedRemovals().forEach(log::warn);
        request.check();
        changes.requireCommitted(request.sourcePaths());
        return request;
    }

    private static String describeTests(DeployRequest request) {
        return request.tests().isEmpty() ? "test level " + request.testLevel().cliName()
                : request.tests().size() + " test class(es) " + String.join(", ", request.tests());
    }

    private static List<String> commands(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static String abbreviate(String commitId) {
        return commitId.length() > 8 ? commitId.substring(0, 8) : commitId;
    }
}
