package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the deploys of a {@link RollbackPlan} in the folder it was materialised in: the production tag's files, then
 * the post-destructive-changes manifest. Stops at the first deploy that fails, listing its failures.
 */
public final class RollbackDeploy implements SfOperation {

    private static final Logger LOG = LoggerFactory.getLogger(RollbackDeploy.class);

    private final SfRunner runner;
    private final RollbackPlan plan;
    private final DeployRequest request;

    /**
     * Creates the rollback deploy.
     *
     * @param request the org, test level, tests and wait; its project directory is the materialised folder and its
     *     source paths are ignored, because the plan names them
     */
    public RollbackDeploy(SfRunner runner, RollbackPlan plan, DeployRequest request) {
        this.runner = runner;
        this.plan = plan;
        this.request = new DeployRequest(request.projectDirectory(), request.targetOrg(), plan.deployRoots(),
                request.tests(), request.testLevel(), request.waitMinutes());
    }

    @Override
    public List<String> describe() {
        return plan.describe(request.targetOrg(), request.testLevel(), request.tests(), request.waitMinutes(),
                request.projectDirectory());
    }

    /**
     * Runs every deploy of the plan and returns their deploy ids, in order.
     *
     * @throws RejectedInputException when a deploy failed (all its failures listed) or the org is unknown
     * @throws EnvironmentException when the CLI or the network broke, or a deploy is still running after the wait
     */
    public List<String> run() throws RejectedInputException, EnvironmentException {
        List<String> deployIds = new ArrayList<>();
        Path folder = request.projectDirectory();
        DeployResultReader reader = new DeployResultReader(runner, request, "Rollback deploy");
        for (SfCommand command : plan.commands(request.targetOrg(), request.testLevel(), request.tests(),
                request.waitMinutes(), folder)) {
            DeployResult deploy = reader.read(runner.run(command));
            LOG.debug("Rollback deploy {} to org {} succeeded", deploy.id(), request.targetOrg());
            deployIds.add(deploy.id());
        }
        return List.copyOf(deployIds);
    }
}
