package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates sources against an org without deploying them ({@code sf project deploy validate}), with the requested
 * tests. Succeeds only when the deploy succeeded and at least one test ran.
 */
public final class CheckOnlyDeploy implements SfOperation {

    private static final Logger LOG = LoggerFactory.getLogger(CheckOnlyDeploy.class);
    private static final String ACTION = "Check-only deploy";

    private final SfRunner runner;
    private final DeployRequest request;

    public CheckOnlyDeploy(SfRunner runner, DeployRequest request) {
        this.runner = runner;
        this.request = request;
    }

    @Override
    public List<String> describe() {
        return List.of(command().describe());
    }

    /**
     * Runs the validation.
     *
     * @throws RejectedInputException when an input is invalid, the validation failed (all component and test failures
     *     listed), or no test ran
     * @throws EnvironmentException when the CLI or the network broke, or the deploy is still running after the wait
     */
    public ValidationOutcome run() throws RejectedInputException, EnvironmentException {
        request.check();
        if (request.testLevel() == TestLevel.NO_TEST_RUN) {
            throw new RejectedInputException("A check-only deploy cannot use test level NoTestRun: use"
                    + " RunSpecifiedTests with the affected tests, or RunLocalTests.");
        }

        SfResult result = runner.run(command());
        DeployResult deploy = new DeployResultReader(runner, request, ACTION).read(result);

        if (deploy.testsRun() == 0) {
            throw new RejectedInputException(ACTION + " " + deploy.id() + " to org " + request.targetOrg()
                    + " ran zero tests with test level " + request.testLevel().cliName()
                    + (request.tests().isEmpty() ? "" : " and tests " + request.tests())
                    + ". A validation without tests proves nothing: check that the test classes exist and are"
                    + " annotated @IsTest.");
        }
        LOG.debug("{} {} to org {} succeeded with {} tests", ACTION, deploy.id(), request.targetOrg(),
                deploy.testsRun());
        return new ValidationOutcome(deploy.id(), request.targetOrg(), deploy.testsRun(), request.tests(),
                request.testLevel(), deploy.coverageWarnings());
    }

    private SfCommand command() {
        SfCommand.Builder command = SfCommand.builder("project", "deploy", "validate");
        request.addTo(command);
        return command.flag("--json").build();
    }
}
