package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.process.PolicyReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Prints the track comparison table of the effective policy: defaults, {@code hotfix.yaml} and properties. */
@Mojo(name = "policy", requiresProject = false, threadSafe = true)
public class PolicyMojo extends AbstractProcessMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("policy")) {
            return;
        }
        try {
            for (String line : PolicyReport.trackTable(settings()).split("\n")) {
                getLog().info(line);
            }
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
