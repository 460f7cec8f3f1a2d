package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.validate.HotfixValidator;
import io.github.sfhotfix.core.validate.ValidationReports;
import io.github.sfhotfix.core.validate.ValidationRequest;
import io.github.sfhotfix.core.validate.ValidationResult;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters and the core call shared by the goals that validate a hotfix branch. */
abstract class AbstractValidationMojo extends AbstractMojo {

    /** Skips the goal; it logs one line and does nothing. */
    @Parameter(property = "hotfix.skip", defaultValue = "false")
    boolean skip;

    /** The policy file. Default: {@code hotfix.yaml} at the repository root, when present. */
    @Parameter(property = "hotfix.policy")
    File policy;

    /** The branch under validation, for a detached-HEAD checkout where no CI variable names it. */
    @Parameter(property = "hotfix.branch")
    String branch;

    /** Production tag names, such as {@code v{version}} or {@code rel/{version}}. Default from the policy. */
    @Parameter(property = "hotfix.tagPattern")
    String tagPattern;

    /** Treats warnings as errors. Default from the policy ({@code false}). */
    @Parameter(property = "hotfix.failOnWarning")
    Boolean failOnWarning;

    /** The folder inside the repository to validate; its {@code sfdx-project.json} is used when it has one. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** Folder for the reports and the Apex analysis cache. */
    @Parameter(property = "hotfix.outputDirectory", defaultValue = "${project.build.directory}/hotfix")
    File outputDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Runs validation, writes the reports and returns the result; null when skipped. */
    ValidationResult runValidation(String goal) throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping hotfix:" + goal + " (hotfix.skip=true).");
            return null;
        }
        ValidationRequest request = ValidationRequest.builder(basedir.toPath())
                .policyFile(policy == null ? null : policy.toPath())
                .overrides(policyProperties())
                .override(PolicyKeys.TAG_PATTERN.name(), tagPattern)
                .override(PolicyKeys.FAIL_ON_WARNING.name(), failOnWarning == null ? null : failOnWarning.toString())
                .branch(branch)
                .environment(System.getenv())
                .outputDirectory(outputFolder())
                .build();
        try {
            ValidationResult result = new HotfixValidator().validate(request);
            String summary = System.getenv("GITHUB_STEP_SUMMARY");
            ValidationReports.write(result, outputFolder(),
                    summary == null || summary.isBlank() ? null : Path.of(summary));
            return result;
        } catch (HotfixException e) {
            Failures.rethrow(e);
            return null;
        }
    }

    /** Returns the report folder, {@code target/hotfix} under the current directory without a pom.xml. */
    Path outputFolder() {
        return OutputFolders.resolve(outputDirectory, basedir);
    }

    private Map<String, String> policyProperties() {
        return PolicyProperties.collect(session, getLog());
    }
}
