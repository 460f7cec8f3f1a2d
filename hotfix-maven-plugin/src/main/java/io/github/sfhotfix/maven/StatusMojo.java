package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.docs.Obligation;
import io.github.sfhotfix.core.docs.ObligationState;
import io.github.sfhotfix.core.docs.ObligationStatus;
import io.github.sfhotfix.core.process.HotfixStatus;
import io.github.sfhotfix.core.process.StatusOutcome;
import io.github.sfhotfix.core.process.StatusReports;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Shows what is still owed for every hotfix tagged in the last {@code status.days} days: merged into the production
 * and integration branches, regression passed, RCA document and changelog entry. Writes
 * {@code target/hotfix/status.json} and the CI step summary, and fails when an obligation is overdue beyond
 * {@code status.graceBusinessDays}.
 */
@Mojo(name = "status", requiresProject = false, threadSafe = true)
public class StatusMojo extends AbstractProcessMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("status")) {
            return;
        }
        StatusOutcome outcome;
        try {
            outcome = new HotfixStatus().status(settings(), Instant.now());
            StatusReports.write(outcome, outputFolder(), stepSummary());
        } catch (HotfixException e) {
            Failures.rethrow(e);
            return;
        }
        for (String line : StatusReports.text(outcome).split("\n")) {
            getLog().info(line);
        }
        getLog().info(outcome.table().rows().size() + " hotfix tag(s) since " + outcome.since().toString()
                .substring(0, 10) + "; written to " + outputFolder().resolve(StatusReports.JSON_FILE));
        if (outcome.failed()) {
            StringBuilder message = new StringBuilder("Hotfix obligations are overdue (grace period "
                    + outcome.graceBusinessDays() + " business days):");
            for (ObligationStatus row : outcome.table().rows()) {
                for (Obligation obligation : Obligation.values()) {
                    if (row.state(obligation) == ObligationState.OVERDUE) {
                        message.append("\n  - ").append(row.tag().name()).append(": ").append(obligation.label())
                                .append(" was due ").append(row.dueDate()).append('.');
                    }
                }
            }
            message.append("\nComplete them (hotfix:finish, the regression run, hotfix:rca, hotfix:changelog) and run"
                    + " hotfix:status again.");
            throw new MojoFailureException(message.toString());
        }
    }
}
