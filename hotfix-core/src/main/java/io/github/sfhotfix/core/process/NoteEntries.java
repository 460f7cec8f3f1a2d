package io.github.sfhotfix.core.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.approval.GitNotes;
import io.github.sfhotfix.core.git.GitRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the JSON entries of a git note that contains one object or a list of objects, oldest first. */
final class NoteEntries {

    private static final Logger LOG = LoggerFactory.getLogger(NoteEntries.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NoteEntries() {
    }

    /** Returns the entries of the note on {@code commit}; a note that is not JSON counts as none. */
    static List<JsonNode> read(GitRepository repository, String notesRef, ObjectId commit)
            throws EnvironmentException {
        Optional<String> note = GitNotes.read(repository.jgit(), notesRef, commit);
        return note.isEmpty() ? List.of() : parse(note.get(), notesRef, commit);
    }

    static List<JsonNode> parse(String text, String notesRef, ObjectId commit) {
        try {
            JsonNode root = MAPPER.readTree(text);
            List<JsonNode> entries = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(entries::add);
            } else if (root.isObject()) {
                entries.add(root);
            }
            return entries;
        } catch (JsonProcessingException e) {
            LOG.debug("Note on {} in {} is not JSON, so it is ignored: {}", commit.name(), notesRef,
                    e.getOriginalMessage());
            return List.of();
        }
    }
}
