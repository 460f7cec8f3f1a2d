package io.github.sfhotfix.core.docs;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/** Collects the commits of a hotfix from its own ancestry. */
public final class HotfixCommits {

    private HotfixCommits() {
    }

    /**
     * Returns the commits reachable from {@code commit} and not from {@code previousTag}, merges excluded, oldest
     * first.
     *
     * @param previousTag name of the tag the hotfix started from, with or without {@code refs/tags/}
     * @throws RejectedInputException when the tag or the commit is not in the repository
     */
    public static List<RevCommit> between(Repository repository, String previousTag, ObjectId commit)
            throws RejectedInputException, EnvironmentException {
        RevCommit head = GitNotes.parseCommit(repository, commit);
        String tagRef = previousTag.startsWith(Constants.R_TAGS) ? previousTag : Constants.R_TAGS + previousTag;
        try (RevWalk walk = new RevWalk(repository)) {
            Ref ref = repository.exactRef(tagRef);
            if (ref == null) {
                throw new RejectedInputException("Tag '" + previousTag + "' not found in "
                        + GitNotes.location(repository) + ". Fetch the tags with `git fetch --tags` or pass the"
                        + " tag the hotfix started from.");
            }

            RevCommit tagged = walk.parseCommit(ref.getObjectId());
            walk.setRevFilter(RevFilter.NO_MERGES);
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            walk.markUninteresting(tagged);
            List<RevCommit> commits = new ArrayList<>();
            for (RevCommit found : walk) {
                commits.add(found);
            }
            return commits;
        } catch (IOException e) {
            throw new EnvironmentException("Failed to walk the commits from " + previousTag + " to "
                    + head.name() + " in " + GitNotes.location(repository) + ": " + e.getMessage(), e);
        }
    }
}
