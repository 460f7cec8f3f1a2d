package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.pipeline.OrgChecks;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs all local Apex tests with coverage, records the result as a git note on HEAD in
 * {@code refs/notes/hotfix-regression}, and fails on a failing test or org-wide coverage below
 * {@code regression.coverage}.
 */
@Mojo(name = "regression", requiresProject = false, threadSafe = true)
public class RegressionMojo extends AbstractSfMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("regression", false, request -> new OrgChecks().regression(request));
    }
}
