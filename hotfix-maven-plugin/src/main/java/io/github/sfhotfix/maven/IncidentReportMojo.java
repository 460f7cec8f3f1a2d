package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.process.DocumentOutcome;
import io.github.sfhotfix.core.process.HotfixDocuments;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code target/hotfix/incident-<id>.md}: branch, deploy id, deployed by, start and deploy times, and the
 * post-deployment checklist ticked from git (merged to the production and integration branches, regression passed,
 * RCA document present). Needs the production deploy recorded by {@code hotfix:deploy} on the hotfix's last commit.
 */
@Mojo(name = "incident-report", requiresProject = false, threadSafe = true)
public class IncidentReportMojo extends AbstractDocumentMojo {

    /** The incident id, also part of the file name. Default: the branch name without its prefix. */
    @Parameter(property = "hotfix.incident")
    String incident;

    /** The person or CI user that deployed. Default: {@code user.name} of the repository's git configuration. */
    @Parameter(property = "hotfix.deployedBy")
    String deployedBy;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("incident-report")) {
            return;
        }
        try {
            DocumentOutcome outcome = new HotfixDocuments().incidentReport(settings(), branch, tag, incident,
                    deployedBy, outputFolder());
            getLog().info(outcome.detail() + ".");
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
