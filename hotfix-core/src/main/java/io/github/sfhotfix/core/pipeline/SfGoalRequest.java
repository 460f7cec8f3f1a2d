package io.github.sfhotfix.core.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Inputs of a Salesforce goal (check-deploy, scan, deploy, smoke, monitor, rollback, regression).
 *
 * @param directory a folder inside the repository; its {@code sfdx-project.json} is used when it has one
 * @param policyFile the policy file, or null for {@code hotfix.yaml} at the repository root
 * @param overrides policy values by key name, from parameters and {@code -Dhotfix.*} properties
 * @param branch the branch name when HEAD is detached, or null
 * @param environment the process environment: the CLI runs with it, and the auth URL and CI variables come from it
 * @param outputDirectory where {@code deploy.json}, {@code scan.json} and the rollback folder go, such as
 *     {@code target/hotfix}
 * @param dryRun print the {@code sf} commands the goal would run, and run none
 * @param confirm for rollback: deploy the plan instead of only showing it
 */
public record SfGoalRequest(Path directory, Path policyFile, Map<String, String> overrides, String branch,
        Map<String, String> environment, Path outputDirectory, boolean dryRun, boolean confirm) {

    public SfGoalRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }
}
