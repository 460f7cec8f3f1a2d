package io.github.sfhotfix.core.pipeline;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.sf.DeployRequest;
import io.github.sfhotfix.core.sf.RollbackDeploy;
import io.github.sfhotfix.core.sf.RollbackPlan;
import io.github.sfhotfix.core.sf.RollbackPlanner;
import io.github.sfhotfix.core.sf.TestLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts an org back to the version before the hotfix: every deployable file the hotfix changed is redeployed from the
 * base commit (the production tag), and components it added are removed with a post-destructive-changes manifest.
 * Shows the plan, and deploys only when the request confirms it.
 */
public final class HotfixRollback {

    /** The folder, inside the output folder, that receives the base version of the files and the manifests. */
    public static final String ROLLBACK_FOLDER = "rollback";

    /**
     * Plans the rollback, prints it, and with confirmation writes the files and runs the deploys.
     *
     * @throws RejectedInputException when the change set does not match the base commit or a deploy failed
     * @throws EnvironmentException when git, the file system, the CLI or the network broke
     */
    public SfGoalReport rollback(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GoalLog log = new GoalLog();
        try (SfSession session = SfSession.open(request)) {
            HotfixChanges changes = new HotfixChanges(session, session.validate());
            String base = changes.result().baseCommit();
            RollbackPlan plan = new RollbackPlanner(session.repository().jgit()).plan(base, changes.changedFiles());
            if (plan.isEmpty()) {
                log.info("Nothing to roll back: the hotfix changed no deployable file since "
                        + changes.result().productionTag().name() + ".");
                plan.manualRemovals().forEach(path -> log.warn("Remove by hand, metadata type unknown: " + path));
                return log.report(false);
            }

            List<String> tests = changes.testsAtBase();
            TestLevel level = TestLevel.parse(session.policy().get(PolicyKeys.DEPLOY_TEST_LEVEL));
            if (level == TestLevel.RUN_SPECIFIED_TESTS && tests.isEmpty()) {
                level = TestLevel.RUN_LOCAL_TESTS;
            }
            Path folder = session.outputDirectory().resolve(ROLLBACK_FOLDER).toAbsolutePath();
            RollbackDeploy deploy = new RollbackDeploy(session.runner(), plan, new DeployRequest(folder,
                    session.targetOrg(), List.of(), level == TestLevel.RUN_SPECIFIED_TESTS ? tests : List.of(), level,
                    session.waitMinutes()));
            log.info("Rollback plan for org " + session.targetOrg() + " to " + changes.result().productionTag().name()
                    + " (" + base.substring(0, 8) + "): restore " + plan.restorePaths().size() + " file(s), remove "
                    + plan.removals().size() + " component(s)");
            OrgChecks.concat(session.describeLogin(), deploy.describe()).forEach(line -> log.info("  " + line));
            if (!session.confirm()) {
                log.info("Nothing deployed. Run again with -Dhotfix.confirm=true to roll back org "
                        + session.targetOrg() + ".");
                return log.report(true);
            }

            log.step(1, 3, "Writing the files of " + changes.result().productionTag().name() + " into " + folder);
            clear(folder);
            new RollbackPlanner(session.repository().jgit()).materialise(plan, folder);
            log.step(2, 3, session.loginStep());
            session.loginToOrg();
            log.step(3, 3, "Deploying the rollback");
            List<String> deployIds = deploy.run();
            log.info("Rolled back org " + session.targetOrg() + " to " + changes.result().productionTag().name()
                    + ": deploy(s) " + String.join(", ", deployIds) + ".");
            plan.manualRemovals().forEach(path -> log.warn("Remove by hand, metadata type unknown: " + path));
            return log.report(false);
        }
    }

    /** Deletes what an earlier rollback left in the folder, so only this plan's files are deployed. */
    private static void clear(Path folder) throws EnvironmentException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new EnvironmentException("Clearing the rollback folder " + folder + " failed: " + e.getMessage()
                    + ". Delete it by hand and run the rollback again.", e);
        }
    }
}
