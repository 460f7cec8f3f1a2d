package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.pipeline.HotfixDeployment;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs Salesforce Code Analyzer on the changed files and fails on violations at or above {@code scan.severityThreshold},
 * or when Apex changed and nothing was scanned. The report is {@code target/hotfix/scan.json}. Bound to the
 * {@code hotfix-scan} phase.
 */
@Mojo(name = "scan", requiresProject = false, threadSafe = true)
public class ScanMojo extends AbstractSfMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("scan", false, request -> new HotfixDeployment().scan(request));
    }
}
