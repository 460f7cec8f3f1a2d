package io.github.sfhotfix.core.docs;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Incident report of a deployed hotfix, rendered as Markdown to {@code incident-<id>.md}. The same facts always give
 * the same text.
 *
 * @param incidentId incident id, also the file name part; letters, digits, '.', '_' and '-'
 * @param branch hotfix branch
 * @param deployId Salesforce deploy id of the production deployment
 * @param deployedBy person or CI user that deployed
 * @param startedAt when the hotfix started
 * @param deployedAt when the deployment to production finished
 * @param productionBranch name of the production branch, for example {@code main}
 * @param integrationBranch name of the integration branch, for example {@code develop}
 * @param checklist post-deployment facts
 */
public record IncidentReport(String incidentId, String branch, String deployId, String deployedBy, Instant startedAt,
        Instant deployedAt, String productionBranch, String integrationBranch, PostDeploymentChecklist checklist) {

    public IncidentReport {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(deployId, "deployId");
        Objects.requireNonNull(deployedBy, "deployedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(deployedAt, "deployedAt");
        Objects.requireNonNull(productionBranch, "productionBranch");
        Objects.requireNonNull(integrationBranch, "integrationBranch");
        Objects.requireNonNull(checklist, "checklist");
    }

    /** Returns the file name, {@code incident-<id>.md}. */
    public String fileName() throws RejectedInputException {
        return "incident-" + Markdown.fileName(incidentId, "incident id") + ".md";
    }

    /** Renders the report as Markdown. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Incident report ").append(incidentId).append("\n\n");
        out.append("| Fact | Value |\n|---|---|\n");
        out.append("| Hotfix branch | ").append(Markdown.code(branch)).append(" |\n");
        out.append("| Deploy ID | ").append(Markdown.code(deployId)).append(" |\n");
        out.append("| Deployed by | ").append(Markdown.cell(deployedBy)).append(" |\n");
        out.append("| Started | ").append(Markdown.time(startedAt)).append(" |\n");
        out.append("| Deployed | ").append(Markdown.time(deployedAt)).append(" |\n");
        out.append("| Time to deploy | ").append(Duration.between(startedAt, deployedAt).toMinutes())
                .append(" min |\n\n");

        out.append("## Post-deployment checklist\n\n");
        item(out, checklist.mergedToMain(), "Hotfix merged to " + Markdown.code(productionBranch));
        item(out, checklist.mergedToDevelop(), "Hotfix merged to " + Markdown.code(integrationBranch));
        item(out, checklist.fullRegressionPassed(), "Full regression passed");
        item(out, checklist.runbookUpdated(), "Runbook updated");
        item(out, checklist.rootCauseAnalysisDone(), "Root-cause analysis done");

        out.append("\n## Impact assessment\n\n").append(Markdown.TO_BE_FILLED).append('\n');
        return out.toString();
    }

    /**
     * Writes the report to {@code directory/incident-<id>.md}, replacing an older report of the same incident.
     *
     * @return the written file
     * @throws RejectedInputException when the incident id cannot be a file name; nothing is written then
     */
    public Path writeTo(Path directory) throws RejectedInputException, EnvironmentException {
        Path file = directory.resolve(fileName());
        try {
            Files.createDirectories(directory);
            Files.writeString(file, render(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new EnvironmentException("Failed to write the incident report " + file + ": " + e.getMessage()
                    + ". Check that the directory is writable.", e);
        }
    }

    private static void item(StringBuilder out, boolean done, String text) {
        out.append(done ? "- [x] " : "- [ ] ").append(text).append('\n');
    }
}
