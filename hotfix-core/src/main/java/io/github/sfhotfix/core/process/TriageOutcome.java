package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.triage.TriageDecision;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The result of one triage.
 *
 * @param decision the track and the reasons
 * @param file the written JSON file
 * @param noteCommit the commit that received the triage note, or null when no note was requested
 */
public record TriageOutcome(TriageDecision decision, Path file, String noteCommit) {

    public Optional<String> note() {
        return Optional.ofNullable(noteCommit);
    }
}
