package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys a commit's sources to an org: a quick deploy of the validated deploy id when the validation record is for
 * the same commit and org and younger than 10 days (or a shorter configured age), otherwise a full
 * {@code sf project deploy start} with the same sources and tests. The finished deploy, failed or not, is recorded
 * as a git note on the commit.
 */
public final class ProductionDeploy implements SfOperation {

    /** The notes ref that stores one JSON array of deploys per deployed commit. */
    public static final String NOTES_REF = "refs/notes/hotfix-deploys";

    private static final Logger LOG = LoggerFactory.getLogger(ProductionDeploy.class);

    private final SfRunner runner;
    private final DeployRequest request;
    private final String commitId;
    private final DeployRecord validation;
    private final CommitNotes notes;
    private final Clock clock;
    private final Duration maxValidationAge;

    /**
     * Creates the deploy.
     *
     * @param request the sources, tests and org; the sources must be the commit's
     * @param commitId the commit being deployed, which receives the note
     * @param validation the record of an earlier validation, or {@code null} when there is none
     * @param notes where the deploy is recorded
     * @param clock the time source for the 10-day quick-deploy limit and the note
     */
    public ProductionDeploy(SfRunner runner, DeployRequest request, String commitId, DeployRecord validation,
            CommitNotes notes, Clock clock) {
        this(runner, request, commitId, validation, notes, clock, DeployRecord.QUICK_DEPLOY_LIMIT);
    }

    /**
     * Creates the deploy with a shorter limit for the age of a validation that may be quick-deployed.
     *
     * @param maxValidationAge the age from which a validation is deployed again with tests; at most 10 days
     */
    public ProductionDeploy(SfRunner runner, DeployRequest request, String commitId, DeployRecord validation,
            CommitNotes notes, Clock clock, Duration maxValidationAge) {
        this.runner = runner;
        this.request = request;
        this.commitId = commitId;
        this.validation = validation;
        this.notes = notes;
        this.clock = clock;
        this.maxValidationAge = maxValidationAge;
    }

    /** Returns why the validation cannot be quick-deployed, or empty when it can. */
    public Optional<String> quickDeployObstacle() {
        if (validation == null) {
            return Optional.of("no validation record exists");
        }
        return validation.quickDeployObstacle(commitId, request.targetOrg(), clock.instant(), maxValidationAge);
    }

    @Override
    public List<String> describe() {
        return List.of(command().describe());
    }

    /**
     * Deploys and records the deploy.
     *
     * @throws RejectedInputException when an input is invalid, the commit is unknown, or the deploy failed (all
     *     failures listed)
     * @throws EnvironmentException when the CLI or the network broke, or the deploy is still running after the wait
     */
    public DeployOutcome run() throws RejectedInputException, EnvironmentException {
        request.check();
        RevCommit commit = notes.resolve(commitId);
        Optional<String> obstacle = quickDeployObstacle();
        boolean quick = obstacle.isEmpty();
        LOG.debug(quick ? "Quick-deploying validated deploy {}" : "Deploying with tests because {}",
                quick ? validation.deployId() : obstacle.get());

        SfCommand command = command();
        DeployResultReader reader = new DeployResultReader(runner, request, quick ? "Quick deploy" : "Deploy");
        DeployResult deploy = reader.readFinished(runner.run(command));

        DeployOutcome outcome = new DeployOutcome(request.targetOrg(), deploy.id(), clock.instant().toString(),
                commit.name(), quick, request.testLevel().cliName(), request.tests(), deploy.testsRun(),
                deploy.status());
        notes.append(commit, outcome);
        if (!deploy.success()) {
            throw reader.failure(deploy);
        }
        return outcome;
    }

    private SfCommand command() {
        if (quickDeployObstacle().isEmpty()) {
            return SfCommand.builder("project", "deploy", "quick")
                    .option("--job-id", validation.deployId())
                    .waitMinutes(request.waitMinutes())
                    .targetOrg(request.targetOrg())
                    .flag("--json")
                    .workingDirectory(request.projectDirectory())
                    .build();
        }
        SfCommand.Builder command = SfCommand.builder("project", "deploy", "start");
        request.addTo(command);
        return command.flag("--json").build();
    }
}
