package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.pipeline.HotfixDeployment;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the hotfix's changed files against the org without deploying them ({@code sf project deploy validate})
 * with the affected Apex tests, and records the validated deploy id with the commit in
 * {@code target/hotfix/deploy.json}. Fails listing component and test failures, and when no test ran. Bound to the
 * {@code hotfix-check-deploy} phase.
 */
@Mojo(name = "check-deploy", requiresProject = false, threadSafe = true)
public class CheckDeployMojo extends AbstractSfMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("check-deploy", false, request -> new HotfixDeployment().checkDeploy(request));
    }
}
