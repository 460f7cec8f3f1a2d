package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.pipeline.HotfixDeployment;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Deploys the hotfix: a quick deploy of the id in {@code target/hotfix/deploy.json} when it validated the same
 * commit in the same org recently enough, otherwise a deploy with the same files and tests. Records the deploy as a git
 * note in {@code refs/notes/hotfix-deploys}. With {@code -Dhotfix.dryRun=true} it prints the exact {@code sf}
 * commands. Bound to the {@code hotfix-deploy} phase.
 */
@Mojo(name = "deploy", requiresProject = false, threadSafe = true)
public class DeployMojo extends AbstractSfMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("deploy", false, request -> new HotfixDeployment().deploy(request));
    }
}
