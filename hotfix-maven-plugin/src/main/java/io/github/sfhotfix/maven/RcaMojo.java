package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.process.DocumentOutcome;
import io.github.sfhotfix.core.process.HotfixDocuments;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the root-cause analysis {@code docs/rca/<incident>.md}: summary, a timeline from git (branch created, first
 * commit, approvals, production deploys, release tag), contributing factors, five whys, a prevention checklist and
 * action items. An existing document is left as is. Commit it on the production branch; {@code hotfix:status} looks
 * for it there.
 */
@Mojo(name = "rca", requiresProject = false, threadSafe = true)
public class RcaMojo extends AbstractDocumentMojo {

    /**
     * The incident name, also the file name: letters, digits, '.', '_' and '-'. Default: the branch name without its
     * prefix, such as {@code fix-fee-rounding}, which is the name {@code hotfix:status} looks for.
     */
    @Parameter(property = "hotfix.incident")
    String incident;

    /** One paragraph on what happened. Default: a placeholder to fill in. */
    @Parameter(property = "hotfix.summary")
    String summary;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("rca")) {
            return;
        }
        try {
            DocumentOutcome outcome = new HotfixDocuments().rootCauseAnalysis(settings(), branch, tag, incident,
                    summary);
            getLog().info(outcome.detail() + ".");
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
