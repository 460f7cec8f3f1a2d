package io.github.sfhotfix.core.approval;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads and writes the git notes in which sf-hotfix records facts about commits. The notes live under
 * {@code refs/notes/hotfix-*}; push and fetch them with the refspec {@link #REFSPEC}.
 */
public final class GitNotes {

    /** Refspec that pushes or fetches every sf-hotfix notes ref. */
    public static final String REFSPEC = "refs/notes/hotfix-*:refs/notes/hotfix-*";

    /** Notes ref of approvals. */
    public static final String APPROVALS_REF = "refs/notes/hotfix-approvals";

    /** Notes ref of triage records. */
    public static final String TRIAGE_REF = "refs/notes/hotfix-triage";

    /** Notes ref of full regression results. */
    public static final String REGRESSION_REF = "refs/notes/hotfix-regression";

    private GitNotes() {
    }

    /**
     * Parses {@code id} as a commit of {@code repository}.
     *
     * @throws RejectedInputException when the object is missing or is not a commit
     * @throws EnvironmentException when the repository cannot be read
     */
    public static RevCommit parseCommit(Repository repository, ObjectId id)
            throws RejectedInputException, EnvironmentException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        } catch (MissingObjectException e) {
            throw new RejectedInputException("Commit " + id.name() + " not found in " + location(repository)
                    + ". Fetch it or pass a commit of this repository.", e);
        } catch (IncorrectObjectTypeException e) {
            throw new RejectedInputException("Object " + id.name() + " in " + location(repository)
                    + " is not a commit. Pass a commit id.", e);
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read commit " + id.name() + " in " + location(repository)
                    + ": " + e.getMessage(), e);
        }
    }

    /** Returns the text of the note on {@code commit} in {@code notesRef}, or empty when there is none. */
    public static Optional<String> read(Repository repository, String notesRef, ObjectId commit)
            throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            Ref ref = repository.exactRef(notesRef);
            if (ref == null) {
                return Optional.empty();
            }

            NoteMap map = NoteMap.read(reader, walk.parseCommit(ref.getObjectId()));
            ObjectId data = map.get(commit);
            if (data == null) {
                return Optional.empty();
            }
            return Optional.of(new String(reader.open(data).getBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read the git note on " + commit.name() + " in " + notesRef
                    + " in " + location(repository) + ": " + e.getMessage(), e);
        }
    }

    /** Returns the text of every note in {@code notesRef}, keyed by the annotated object; empty without the ref. */
    public static Map<ObjectId, String> readAll(Repository repository, String notesRef) throws EnvironmentException {
        Map<ObjectId, String> notes = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            Ref ref = repository.exactRef(notesRef);
            if (ref == null) {
                return notes;
            }

            NoteMap map = NoteMap.read(reader, walk.parseCommit(ref.getObjectId()));
            for (Note note : map) {
                byte[] bytes = reader.open(note.getData()).getBytes();
                notes.put(note.copy(), new String(bytes, StandardCharsets.UTF_8));
            }
            return notes;
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read git notes " + notesRef + " in " + location(repository)
                    + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the note on {@code commit} in {@code notesRef} with {@code text}. */
    public static void write(Repository repository, String notesRef, RevCommit commit, String text)
            throws EnvironmentException {
        try {
            Git.wrap(repository).notesAdd().setNotesRef(notesRef).setObjectId(commit).setMessage(text).call();
        } catch (GitAPIException e) {
            throw new EnvironmentException("Failed to write a git note in " + notesRef + " on commit "
                    + commit.name() + " in " + location(repository) + ": " + e.getMessage(), e);
        }
    }

    /** Returns the directory of {@code repository} for messages. */
    public static String location(Repository repository) {
        return repository.isBare() || repository.getWorkTree() == null
                ? repository.getDirectory().getPath()
                : repository.getWorkTree().getPath();
    }

    /** Returns the short name of a notes ref for git commands, for example {@code hotfix-approvals}. */
    public static String shortName(String notesRef) {
        return notesRef.startsWith("refs/notes/") ? notesRef.substring("refs/notes/".length()) : notesRef;
    }
}
