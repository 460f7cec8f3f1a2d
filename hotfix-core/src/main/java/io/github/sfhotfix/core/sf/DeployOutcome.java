package io.github.sfhotfix.core.sf;

import java.util.List;

/**
 * A finished production deploy, as recorded in the git note {@code refs/notes/hotfix-deploys} of the deployed commit.
 *
 * @param org the org deployed to
 * @param deployId the deploy id
 * @param deployedAt when the deploy finished, ISO-8601 UTC
 * @param commitId the deployed commit
 * @param quickDeploy whether a validated deploy was quick-deployed
 * @param testLevel the test level, as the CLI spells it
 * @param tests the tests requested
 * @param testsRun the number of tests that ran (0 for a quick deploy, whose tests ran at validation)
 * @param status the deploy status, such as Succeeded or Failed
 */
public record DeployOutcome(
        String org, String deployId, String deployedAt, String commitId, boolean quickDeploy, String testLevel,
        List<String> tests, int testsRun, String status) {

    public DeployOutcome {
        tests = List.copyOf(tests);
    }
}
