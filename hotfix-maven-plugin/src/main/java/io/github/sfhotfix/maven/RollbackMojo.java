package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.pipeline.HotfixRollback;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows the plan that puts the org back to the production tag: the tag's version of every file the hotfix changed,
 * and a post-destructive-changes manifest for the components it added. Deploys the plan only with
 * {@code -Dhotfix.confirm=true}. Run it on the hotfix branch, before {@code hotfix:finish} tags a new version.
 */
@Mojo(name = "rollback", requiresProject = false, threadSafe = true)
public class RollbackMojo extends AbstractSfMojo {

    /** Deploys the rollback plan; without it the goal only shows the plan. */
    @Parameter(property = "hotfix.confirm", defaultValue = "false")
    boolean confirm;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("rollback", confirm, request -> new HotfixRollback().rollback(request));
    }
}
