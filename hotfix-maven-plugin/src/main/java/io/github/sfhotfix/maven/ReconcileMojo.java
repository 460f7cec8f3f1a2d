package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.flow.HotfixReconcile;
import io.github.sfhotfix.core.flow.ReconcileReports;
import io.github.sfhotfix.core.flow.ReconcileRequest;
import io.github.sfhotfix.core.flow.ReconcileResult;
import io.github.sfhotfix.core.validate.Finding;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks that everything shipped from the production branch reached the integration branch: production tags and
 * commits it lacks, with cherry-picks recognised by patch id. Writes {@code target/hotfix/reconcile.json} and fails
 * when a production tag is missing (the policy may make that a warning).
 */
@Mojo(name = "reconcile", requiresProject = false, threadSafe = true)
public class ReconcileMojo extends AbstractFlowMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("reconcile")) {
            return;
        }
        try {
            ReconcileResult result = new HotfixReconcile().reconcile(
                    new ReconcileRequest(basedir.toPath(), policyPath(), policyOverrides()));
            ReconcileReports.log(result);
            String summary = System.getenv("GITHUB_STEP_SUMMARY");
            ReconcileReports.write(result, outputFolder(),
                    summary == null || summary.isBlank() ? null : Path.of(summary));
            if (result.failed()) {
                StringBuilder message = new StringBuilder(result.integrationBranch() + " lacks what "
                        + result.productionBranch() + " shipped: " + result.errors().size() + " error(s):");
                for (Finding finding : result.errors()) {
                    message.append("\n  - [").append(finding.rule()).append("] ").append(finding.message())
                            .append(" Fix: ").append(finding.fix());
                }
                throw new MojoFailureException(message.toString());
            }
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
