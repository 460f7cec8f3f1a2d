package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.triage.TriageRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Finds the track of the hotfix that contains a commit, from the triage notes in {@code refs/notes/hotfix-triage}.
 * The note on the commit itself wins; else the newest note on the commits of the hotfix branch that the production
 * branch lacks; else the note on the commit the branch started from. Without any, the policy's
 * {@code triage.defaultTrack} applies.
 */
public final class TrackResolver {

    private static final int MAX_COMMITS = 500;

    private TrackResolver() {
    }

    /**
     * Resolves the track of {@code commit}.
     *
     * @throws RejectedInputException when the triage note found is not a triage record
     */
    public static ResolvedTrack resolve(GitRepository repository, Policy policy, ObjectId commit)
            throws RejectedInputException, EnvironmentException {
        Map<ObjectId, String> notes = GitNotes.readAll(repository.jgit(), GitNotes.TRIAGE_REF);
        if (!notes.isEmpty()) {
            for (ObjectId candidate : candidates(repository, policy, commit)) {
                String note = notes.get(candidate);
                if (note != null) {
                    String source = "the triage note on commit " + candidate.abbreviate(8).name();
                    TriageRecord record = TriageRecord.fromJson(note, source + " in " + GitNotes.TRIAGE_REF);
                    return new ResolvedTrack(policy.trackPolicies().of(record.decision().track()), source, true);
                }
            }
        }
        return new ResolvedTrack(policy.trackPolicies().of(policy.get(PolicyKeys.TRIAGE_DEFAULT_TRACK)),
                "triage.defaultTrack, since no triage note was found on the hotfix's commits", false);
    }

    /** Returns the commit, the branch's own commits newest first, then the merge base with production. */
    // NOTE: a triage note on the start commit is shared by every hotfix started from the same tag, so two hotfixes
    // running at once from one tag read the same track unless each records its triage on its own commits.
    private static List<ObjectId> candidates(GitRepository repository, Policy policy, ObjectId commit)
            throws EnvironmentException {
        List<ObjectId> candidates = new ArrayList<>(List.of(commit.copy()));
        Optional<ObjectId> production = ProcessSupport.branchCommit(repository, policy, policy.productionBranch());
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            walk.sort(RevSort.TOPO);
            walk.markStart(walk.parseCommit(commit));
            if (production.isPresent()) {
                walk.markUninteresting(walk.parseCommit(production.get()));
            }
            int count = 0;
            for (RevCommit found : walk) {
                if (++count > MAX_COMMITS) {
                    break;
                }
                candidates.add(found.copy());
            }
        } catch (IOException e) {
            throw new EnvironmentException("Failed to walk the history of commit " + commit.name() + " in "
                    + repository.workTree() + ": " + e.getMessage(), e);
        }
        if (production.isPresent()) {
            repository.mergeBase(commit, production.get()).ifPresent(candidates::add);
        }
        return candidates;
    }
}
