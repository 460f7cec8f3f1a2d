package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.process.DocumentOutcome;
import io.github.sfhotfix.core.process.HotfixDocuments;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Adds the hotfix's entry to the changelog ({@code changelog.path}) in the working tree, in the Keep a Changelog form:
 * the version, the date, the hotfix's own commits since its production tag, and Impact, Root cause and Prevention
 * placeholders. Running it again adds nothing. It does not commit; {@code hotfix:finish} commits the entry itself.
 */
@Mojo(name = "changelog", requiresProject = false, threadSafe = true)
public class ChangelogMojo extends AbstractDocumentMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("changelog")) {
            return;
        }
        try {
            DocumentOutcome outcome = new HotfixDocuments().changelog(settings(), branch, tag,
                    LocalDate.now(ZoneOffset.UTC));
            getLog().info(outcome.detail() + ".");
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
