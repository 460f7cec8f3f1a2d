package io.github.sfhotfix.core.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Triage decision in its stored form: a JSON document with top-level {@code track} and {@code reasons}, the
 * {@code incident} inputs and the {@code financialImpactThresholdPerHour} applied. It is written to a file, to a git
 * note on a commit in {@code refs/notes/hotfix-triage}, or both.
 *
 * @param decision stored decision
 */
public record TriageRecord(TriageDecision decision) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public TriageRecord {
        Objects.requireNonNull(decision, "decision");
    }

    /** Returns the record as pretty-printed JSON. */
    public String toJson() {
        Incident incident = decision.incident();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("track", decision.track().name());
        ArrayNode reasons = root.putArray("reasons");
        decision.reasons().forEach(reasons::add);

        ObjectNode inputs = root.putObject("incident");
        inputs.put("severity", incident.severity().token());
        inputs.put("userImpact", incident.userImpact().token());
        inputs.put("canWaitForNextWindow", incident.canWaitForNextWindow());
        inputs.put("productionBrokenForMostUsers", incident.productionBrokenForMostUsers());
        inputs.put("businessCriticalFunctionUnavailable", incident.businessCriticalFunctionUnavailable());
        inputs.put("financialImpactPerHour", incident.financialImpactPerHour());
        inputs.put("securityVulnerabilityExploited", incident.securityVulnerabilityExploited());
        inputs.put("dataCorruptionOccurring", incident.dataCorruptionOccurring());
        inputs.put("requestKind", incident.requestKind().token());
        root.put("financialImpactThresholdPerHour", decision.financialImpactThresholdPerHour());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built in memory could not be written", e);
        }
    }

    /**
     * Parses a record written by {@link #toJson()}.
     *
     * @throws RejectedInputException when the text is not such a record; the message names {@code source}
     */
    public static TriageRecord fromJson(String json, String source) throws RejectedInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RejectedInputException("Invalid triage JSON in " + source + ": " + e.getOriginalMessage()
                    + ". Run triage again to replace it.", e);
        }

        JsonNode incidentNode = required(root, "incident", source);
        Incident incident;
        try {
            incident = new Incident(
                    Severity.parse(required(incidentNode, "severity", source).asText()),
                    UserImpact.parse(required(incidentNode, "userImpact", source).asText()),
                    required(incidentNode, "canWaitForNextWindow", source).asBoolean(),
                    required(incidentNode, "productionBrokenForMostUsers", source).asBoolean(),
                    required(incidentNode, "businessCriticalFunctionUnavailable", source).asBoolean(),
                    required(incidentNode, "financialImpactPerHour", source).asLong(),
                    required(incidentNode, "securityVulnerabilityExploited", source).asBoolean(),
                    required(incidentNode, "dataCorruptionOccurring", source).asBoolean(),
                    RequestKind.parse(required(incidentNode, "requestKind", source).asText()));
        } catch (IllegalArgumentException e) {
            throw new RejectedInputException("Invalid incident in the triage JSON of " + source + ": "
                    + e.getMessage() + ". Run triage again to replace it.", e);
        }
        Track track = parseTrack(required(root, "track", source).asText(), source);
        List<String> reasons = new ArrayList<>();
        required(root, "reasons", source).forEach(reason -> reasons.add(reason.asText()));
        long threshold = required(root, "financialImpactThresholdPerHour", source).asLong();
        return new TriageRecord(new TriageDecision(incident, threshold, track, reasons));
    }

    /** Writes the JSON to {@code file}, creating its parent directories. */
    public void writeTo(Path file) throws EnvironmentException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("Failed to write the triage record to " + file + ": " + e.getMessage()
                    + ". Check that the directory is writable.", e);
        }
    }

    /**
     * Stores the JSON as the note on {@code commit} in {@code refs/notes/hotfix-triage}, replacing an older triage.
     *
     * @throws RejectedInputException when {@code commit} is not a commit of {@code repository}
     */
    public void writeNote(Repository repository, ObjectId commit) throws RejectedInputException, EnvironmentException {
        RevCommit parsed = GitNotes.parseCommit(repository, commit);
        GitNotes.write(repository, GitNotes.TRIAGE_REF, parsed, toJson());
    }

    /**
     * Reads the triage stored on {@code commit}.
     *
     * @return the record, or empty when the commit has no triage note
     * @throws RejectedInputException when the commit is unknown or its note is not a triage record
     */
    public static Optional<TriageRecord> readFrom(Repository repository, ObjectId commit)
            throws RejectedInputException, EnvironmentException {
        RevCommit parsed = GitNotes.parseCommit(repository, commit);
        Optional<String> note = GitNotes.read(repository, GitNotes.TRIAGE_REF, parsed);
        if (note.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fromJson(note.get(), "the note on commit " + parsed.name() + " in "
                + GitNotes.TRIAGE_REF));
    }

    private static JsonNode required(JsonNode node, String field, String source) throws RejectedInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new RejectedInputException("Missing field '" + field + "' in the triage JSON of " + source
                    + ". Run triage again to replace it.");
        }
        return value;
    }

    private static Track parseTrack(String value, String source) throws RejectedInputException {
        for (Track track : Track.values()) {
            if (track.name().equals(value)) {
                return track;
            }
        }
        throw new RejectedInputException("Invalid track '" + value + "' in the triage JSON of " + source
                + ". Run triage again to replace it.");
    }
}
