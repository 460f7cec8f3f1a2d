package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.pipeline.OrgChecks;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs the smoke checks of {@code smoke.checks} against the org, one line per check with its figure, and fails when
 * any check failed. Bound to the {@code hotfix-smoke} phase.
 */
@Mojo(name = "smoke", requiresProject = false, threadSafe = true)
public class SmokeMojo extends AbstractSfMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("smoke", false, request -> new OrgChecks().smoke(request));
    }
}
