package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.pipeline.OrgChecks;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs the failure-count query of {@code monitor.query} several times at an interval, printing {@code i/N} with the
 * count, and fails at the first count above {@code monitor.threshold} with the rollback command. Bound to the
 * {@code hotfix-monitor} phase.
 */
@Mojo(name = "monitor", requiresProject = false, threadSafe = true)
public class MonitorMojo extends AbstractSfMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("monitor", false, request -> new OrgChecks().monitor(request));
    }
}
