package io.github.sfhotfix.core.docs;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Root-cause analysis document of an incident, {@code docs/rca/<incident>.md}: summary, a timeline built from git
 * facts, and sections for the team to fill in (root cause, contributing factors, five whys, prevention checklist,
 * action items). The same facts always give the same text.
 *
 * @param incident incident name, also the file name; letters, digits, '.', '_' and '-'
 * @param summary one paragraph on what happened, as Markdown
 * @param timeline events in any order; they are rendered sorted by time
 */
public record RootCauseAnalysis(String incident, String summary, List<TimelineEvent> timeline) {

    /** Directory of the documents, relative to the repository root. */
    public static final String DIRECTORY = "docs/rca";

    private static final List<String> PREVENTION = List.of(
            "Add an automated regression test for this scenario",
            "Update the validation rules",
            "Improve monitoring and alerts",
            "Update the runbook",
            "Train the team");

    public RootCauseAnalysis {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(summary, "summary");
        timeline = timeline.stream().sorted(Comparator.comparing(TimelineEvent::time)).toList();
    }

    /** Returns the path of the document relative to the repository root, {@code docs/rca/<incident>.md}. */
    public String relativePath() throws RejectedInputException {
        return DIRECTORY + "/" + Markdown.fileName(incident, "incident name") + ".md";
    }

    /** Renders the document as Markdown. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Root-cause analysis ").append(incident).append("\n\n");
        out.append("## Summary\n\n").append(summary.isBlank() ? Markdown.TO_BE_FILLED : summary.strip())
                .append("\n\n");

        out.append("## Timeline\n\n");
        if (timeline.isEmpty()) {
            out.append(Markdown.TO_BE_FILLED).append("\n\n");
        } else {
            out.append("| Time | Event |\n|---|---|\n");
            for (TimelineEvent event : timeline) {
                out.append("| ").append(Markdown.time(event.time())).append(" | ").append(event.description())
                        .append(" |\n");
            }
            out.append('\n');
        }

        out.append("## Root cause\n\n").append(Markdown.TO_BE_FILLED).append("\n\n");
        out.append("## Contributing factors\n\n- ").append(Markdown.TO_BE_FILLED).append("\n\n");
        out.append("## Five whys\n\n");
        for (int why = 1; why <= 5; why++) {
            out.append(why).append(". Why? ").append(Markdown.TO_BE_FILLED).append('\n');
        }

        out.append("\n## Prevention\n\n");
        PREVENTION.forEach(measure -> out.append("- [ ] ").append(measure).append('\n'));
        out.append("\n## Action items\n\n");
        out.append("| Action | Owner | Due |\n|---|---|---|\n");
        out.append("| ").append(Markdown.TO_BE_FILLED).append(" | | |\n");
        return out.toString();
    }

    /**
     * Writes the document under {@code repositoryRoot}, unless it exists: a team edits it after creation.
     *
     * @return the written file, or empty when the document already existed and was left as is
     * @throws RejectedInputException when the incident name cannot be a file name; nothing is written then
     */
    public Optional<Path> writeUnder(Path repositoryRoot) throws RejectedInputException, EnvironmentException {
        Path file = repositoryRoot.resolve(relativePath());
        if (Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(), StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException e) {
            throw new EnvironmentException("Failed to write the root-cause analysis " + file + ": " + e.getMessage()
                    + ". Check that the directory is writable.", e);
        }
    }
}
