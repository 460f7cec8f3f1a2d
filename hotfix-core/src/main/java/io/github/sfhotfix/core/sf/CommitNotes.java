package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Appends JSON entries to the git note of a commit under a notes ref, such as {@code refs/notes/hotfix-deploys}. The
 * note is a JSON array, so a commit deployed twice keeps both entries.
 */
public final class CommitNotes {

    private static final int MAX_NOTE_BYTES = 1 << 20;

    private final Git git;
    private final String notesRef;

    public CommitNotes(Git git, String notesRef) {
        this.git = git;
        this.notesRef = notesRef;
    }

    /**
     * Resolves a commit id or name, so an unknown commit is rejected before anything runs.
     *
     * @throws RejectedInputException when the commit does not exist
     */
    public RevCommit resolve(String commitId) throws RejectedInputException, EnvironmentException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId id = git.getRepository().resolve(commitId);
            if (id == null) {
                throw new RejectedInputException("Commit '" + commitId + "' is not in the repository "
                        + git.getRepository().getDirectory() + ": give an existing commit id, or fetch it first.");
            }
            return walk.parseCommit(id);
        } catch (IOException e) {
            throw new EnvironmentException("Reading commit " + commitId + " failed: " + e.getMessage(), e);
        }
    }

    /** Appends the entry to the commit's note and returns all entries the note now contains. */
    public ArrayNode append(RevCommit commit, Object entry) throws EnvironmentException {
        try {
            ArrayNode entries = read(commit);
            entries.add(SfJson.mapper().valueToTree(entry));
            git.notesAdd().setNotesRef(notesRef).setObjectId(commit)
                    .setMessage(SfJson.mapper().writeValueAsString(entries)).call();
            return entries;
        } catch (GitAPIException | IOException e) {
            throw new EnvironmentException("Writing the git note " + notesRef + " on commit " + commit.name()
                    + " failed: " + e.getMessage(), e);
        }
    }

    /** Returns the entries of the commit's note, or an empty array when it has none. */
    public ArrayNode read(RevCommit commit) throws EnvironmentException {
        try {
            Note note = git.notesShow().setNotesRef(notesRef).setObjectId(commit).call();
            if (note == null) {
                return SfJson.mapper().createArrayNode();
            }
            byte[] bytes = git.getRepository().open(note.getData()).getCachedBytes(MAX_NOTE_BYTES);
            JsonNode existing = SfJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
            if (existing.isArray()) {
                return (ArrayNode) existing;
            }
            ArrayNode entries = SfJson.mapper().createArrayNode();
            entries.add(existing);
            return entries;
        } catch (GitAPIException | IOException e) {
            throw new EnvironmentException("Reading the git note " + notesRef + " on commit " + commit.name()
                    + " failed: " + e.getMessage() + ". Check the note with `git notes --ref " + notesRef + " show "
                    + commit.name() + "`.", e);
        }
    }
}
