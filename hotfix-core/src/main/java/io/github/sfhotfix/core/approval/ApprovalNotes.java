package io.github.sfhotfix.core.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.triage.Track;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Approvals stored as git notes: the note on a commit is a JSON list of objects with {@code approver},
 * {@code time} (ISO-8601 instant) and {@code track}.
 */
final class ApprovalNotes {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String notesRef;

    ApprovalNotes(String notesRef) {
        this.notesRef = notesRef;
    }

    List<Approval> read(Repository repository, RevCommit commit) throws RejectedInputException, EnvironmentException {
        Optional<String> note = GitNotes.read(repository, notesRef, commit);
        return note.isEmpty() ? List.of() : parse(note.get(), commit);
    }

    /** Returns the approvals of every annotated commit. */
    Map<ObjectId, List<Approval>> readAll(Repository repository) throws RejectedInputException, EnvironmentException {
        Map<ObjectId, List<Approval>> approvals = new LinkedHashMap<>();
        for (Map.Entry<ObjectId, String> note : GitNotes.readAll(repository, notesRef).entrySet()) {
            approvals.put(note.getKey(), parse(note.getValue(), note.getKey()));
        }
        return approvals;
    }

    void write(Repository repository, RevCommit commit, List<Approval> approvals) throws EnvironmentException {
        ArrayNode list = MAPPER.createArrayNode();
        for (Approval approval : approvals) {
            ObjectNode node = list.addObject();
            node.put("approver", approval.approver());
            node.put("time", approval.time().toString());
            node.put("track", approval.track().name());
        }
        try {
            GitNotes.write(repository, notesRef, commit, MAPPER.writeValueAsString(list) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built in memory could not be written", e);
        }
    }

    private List<Approval> parse(String json, ObjectId commit) throws RejectedInputException {
        String source = "the note on commit " + commit.name() + " in " + notesRef;
        String fix = ". Repair or remove it with `git notes --ref " + GitNotes.shortName(notesRef) + " edit "
                + commit.name() + "`.";
        try {
            JsonNode root = MAPPER.readTree(json);
            if (!root.isArray()) {
                throw new RejectedInputException("Invalid approvals in " + source + ": expected a JSON list" + fix);
            }

            List<Approval> approvals = new ArrayList<>();
            for (JsonNode node : root) {
                approvals.add(new Approval(node.path("approver").asText(""),
                        Instant.parse(node.path("time").asText("")),
                        Track.valueOf(node.path("track").asText(""))));
            }
            return approvals;
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            throw new RejectedInputException("Invalid approvals in " + source + ": " + e.getMessage() + fix, e);
        }
    }
}
