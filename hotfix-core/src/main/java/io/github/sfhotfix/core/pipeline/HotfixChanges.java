package io.github.sfhotfix.core.pipeline;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.ChangeStatus;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.policy.TestFallback;
import io.github.sfhotfix.core.project.ClassifiedChange;
import io.github.sfhotfix.core.sf.ChangedFile;
import io.github.sfhotfix.core.sf.DeployRequest;
import io.github.sfhotfix.core.sf.TestLevel;
import io.github.sfhotfix.core.process.ResolvedTrack;
import io.github.sfhotfix.core.process.TrackResolver;
import org.eclipse.jgit.lib.ObjectId;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a validation result into what the Salesforce commands need: the files to deploy and scan, the tests and test
 * level, and the changed files for a rollback plan.
 */
final class HotfixChanges {

    private final SfSession session;
    private final ValidationResult result;

    HotfixChanges(SfSession session, ValidationResult result) {
        this.session = session;
        this.result = result;
    }

    ValidationResult result() {
        return result;
    }

    /**
     * Rejects a branch that validation found unfit, listing every error, so nothing reaches an org from it.
     *
     * @param goal the goal name for the message, such as check-deploy
     */
    void requireFit(String goal) throws RejectedInputException {
        if (!result.failed()) {
            return;
        }
        List<Finding> failing = result.errors().isEmpty() ? result.warnings() : result.errors();
        StringBuilder message = new StringBuilder("hotfix:" + goal + " stopped before contacting the org, because"
                + " branch " + result.branch() + " is not fit for production:");
        for (Finding finding : failing) {
            message.append(System.lineSeparator()).append("  - [").append(finding.rule()).append("] ")
                    .append(finding.message()).append(" Fix: ").append(finding.fix());
        }
        message.append(System.lineSeparator()).append("Fix the findings, then run hotfix:").append(goal)
                .append(" again; hotfix:validate prints the full report.");
        throw new RejectedInputException(message.toString());
    }

    /** Returns the changed deployable files that still exist, relative to the project folder. */
    List<String> sourcePaths() {
        List<String> paths = new ArrayList<>();
        for (ClassifiedChange change : result.changes()) {
            if (change.isDeployable() && change.change().status() != ChangeStatus.DELETED) {
                session.projectPath(change.path()).ifPresent(paths::add);
            }
        }
        return paths;
    }

    /** Returns warnings for changes a source deploy cannot carry: deletions and the old side of renames. */
    List<String> undeployedRemovals() {
        List<String> warnings = new ArrayList<>();
        for (ClassifiedChange change : result.changes()) {
            if (!change.isDeployable()) {
                continue;
            }
            if (change.change().status() == ChangeStatus.DELETED) {
                warnings.add("Deleted " + change.path() + " stays in the org: a source deploy does not delete it."
                        + " Remove it with a destructive-changes deploy.");
            } else if (change.change().status() == ChangeStatus.RENAMED) {
                warnings.add("Renamed " + change.change().oldPath() + " to " + change.path() + ": the old component"
                        + " stays in the org. Remove it with a destructive-changes deploy.");
            }
        }
        return warnings;
    }

    /**
     * Rejects sources with uncommitted changes, because the deploy is recorded against the committed HEAD.
     */
    void requireCommitted(List<String> sources) throws RejectedInputException {
        List<String> dirty = new ArrayList<>();
        for (String path : result.uncommittedPaths()) {
            Optional<String> projectPath = session.projectPath(path);
            if (projectPath.isPresent() && sources.contains(projectPath.get())) {
                dirty.add(path);
            }
        }
        if (!dirty.isEmpty()) {
            throw new RejectedInputException("Files to deploy have uncommitted changes: " + dirty + ". The deploy"
                    + " is recorded against commit " + result.headCommit() + ", so commit or stash the changes"
                    + " first.");
        }
    }

    /**
     * Returns the deploy request for the change: the policy's test level with the affected tests, or all local
     * tests when the policy's fallback applies.
     *
     * @throws RejectedInputException when RunSpecifiedTests has no test to run and no fallback is configured
     */
    DeployRequest deployRequest(GoalLog log) throws RejectedInputException, EnvironmentException {
        TestLevel level = testLevel(log);
        List<String> tests = level == TestLevel.RUN_SPECIFIED_TESTS ? result.tests().testNames() : List.of();
        boolean fallback = session.policy().get(PolicyKeys.TESTS_FALLBACK) == TestFallback.RUN_LOCAL_TESTS;
        if (level == TestLevel.RUN_SPECIFIED_TESTS && fallback
                && (tests.isEmpty() || !result.tests().untested().isEmpty())) {
            log.warn("Running all local tests instead of the affected tests (tests.fallback: RunLocalTests),"
                    + " because " + (tests.isEmpty() ? "no test was selected"
                    : "no test covers " + String.join(", ", result.tests().untested())) + ".");
            level = TestLevel.RUN_LOCAL_TESTS;
            tests = List.of();
        }
        if (level == TestLevel.RUN_SPECIFIED_TESTS && tests.isEmpty()) {
            throw new RejectedInputException("No affected Apex test was selected for the change on "
                    + result.branch() + ", so test level RunSpecifiedTests has nothing to run. Add a test that"
                    + " covers the change, or set tests.fallback: RunLocalTests or deploy.testLevel: RunLocalTests"
                    + " in hotfix.yaml.");
        }
        return new DeployRequest(session.projectDirectory(), session.targetOrg(), sourcePaths(), tests, level,
                session.waitMinutes());
    }

    /**
     * Returns the test level: {@code deploy.testLevel} when it is configured, otherwise the level of the hotfix's
     * track (from its triage note, else {@code triage.defaultTrack}).
     */
    private TestLevel testLevel(GoalLog log) throws RejectedInputException, EnvironmentException {
        if (!"default".equals(session.policy().sourceOf(PolicyKeys.DEPLOY_TEST_LEVEL))) {
            return TestLevel.parse(session.policy().get(PolicyKeys.DEPLOY_TEST_LEVEL));
        }
        ResolvedTrack track = TrackResolver.resolve(session.repository(), session.policy(),
                ObjectId.fromString(result.headCommit()));
        String level = track.policy().testLevel().cliValue();
        log.info("Test level " + level + " of the " + track.track() + " track, from " + track.source() + ".");
        return TestLevel.parse(level);
    }

    /** Returns the deployable changes as a rollback plan reads them, with repository paths. */
    List<ChangedFile> changedFiles() {
        List<ChangedFile> files = new ArrayList<>();
        for (ClassifiedChange change : result.changes()) {
            if (!change.isDeployable()) {
                continue;
            }
            files.add(switch (change.change().status()) {
                case ADDED, COPIED -> ChangedFile.of(change.path(), ChangedFile.Type.ADDED);
                case MODIFIED -> ChangedFile.of(change.path(), ChangedFile.Type.MODIFIED);
                case DELETED -> ChangedFile.of(change.path(), ChangedFile.Type.DELETED);
                case RENAMED -> new ChangedFile(change.path(), ChangedFile.Type.RENAMED, change.change().oldPath());
            });
        }
        return files;
    }

    /** Returns the selected tests whose classes the hotfix did not add, so they exist at the production tag. */
    List<String> testsAtBase() {
        List<String> added = new ArrayList<>();
        for (ClassifiedChange change : result.changes()) {
            if (change.change().status() == ChangeStatus.ADDED || change.change().status() == ChangeStatus.COPIED) {
                added.add(change.component());
            }
        }
        return result.tests().testNames().stream().filter(test -> !added.contains(test)).toList();
    }
}
