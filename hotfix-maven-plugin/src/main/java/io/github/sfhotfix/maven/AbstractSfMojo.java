package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.pipeline.SfGoalRequest;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parameters shared by the goals that run the Salesforce CLI. The org, the CLI and the checks come from the policy,
 * so {@code -Dhotfix.sf.targetOrg}, {@code -Dhotfix.sf.executable} and every other policy key work as properties.
 */
abstract class AbstractSfMojo extends AbstractMojo {

    /** Skips the goal; it logs one line and does nothing. */
    @Parameter(property = "hotfix.skip", defaultValue = "false")
    boolean skip;

    /** The policy file. Default: {@code hotfix.yaml} at the repository root, when present. */
    @Parameter(property = "hotfix.policy")
    File policy;

    /** The branch name when HEAD is detached and no CI variable names it. */
    @Parameter(property = "hotfix.branch")
    String branch;

    /** Prints the exact {@code sf} commands the goal would run, and runs none. */
    @Parameter(property = "hotfix.dryRun", defaultValue = "false")
    boolean dryRun;

    /** The folder inside the repository to work on; its {@code sfdx-project.json} is used when it has one. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** The output folder for {@code deploy.json}, {@code scan.json} and the rollback files. */
    @Parameter(property = "hotfix.outputDirectory", defaultValue = "${project.build.directory}/hotfix")
    File outputDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Runs the goal's one call into the core. */
    @FunctionalInterface
    interface Goal {
        void run(SfGoalRequest request) throws HotfixException;
    }

    /** Builds the request, runs the goal unless skipped, and maps core failures to Maven's two outcomes. */
    void execute(String goal, boolean confirm, Goal call) throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping hotfix:" + goal + " (hotfix.skip=true).");
            return;
        }
        SfGoalRequest request = new SfGoalRequest(basedir.toPath(), policy == null ? null : policy.toPath(),
                PolicyProperties.collect(session, getLog()), branch, System.getenv(), outputFolder(), dryRun, confirm);
        try {
            call.run(request);
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }

    /** Returns the report folder, {@code target/hotfix} under the current directory without a pom.xml. */
    Path outputFolder() {
        return OutputFolders.resolve(outputDirectory, basedir);
    }
}
