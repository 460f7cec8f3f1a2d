package io.github.sfhotfix.core.approval;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.triage.TrackPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Checks that a commit has the number of approvals its track requires. Only approvals on that exact commit count,
 * each approver once. Approvals in the note by the commit's author or by someone off the allowed list are ignored,
 * which covers notes written by hand. Approvals of any track count.
 */
public final class ApprovalGate {

    private final ApprovalOptions options;
    private final ApprovalNotes notes;

    public ApprovalGate(ApprovalOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.notes = new ApprovalNotes(options.notesRef());
    }

    /**
     * Checks the approvals of {@code commit} against {@code policy}'s minimum. A missing approval is a failed check,
     * not an exception.
     *
     * @throws RejectedInputException when the commit is unknown or an approvals note is not valid JSON
     */
    public ApprovalCheck check(Repository repository, ObjectId commit, TrackPolicy policy)
            throws RejectedInputException, EnvironmentException {
        RevCommit parsed = GitNotes.parseCommit(repository, commit);
        Map<ObjectId, List<Approval>> allApprovals = notes.readAll(repository);

        Set<String> counted = new LinkedHashSet<>();
        Set<String> countedKeys = new LinkedHashSet<>();
        List<String> ignored = new ArrayList<>();
        for (Approval approval : allApprovals.getOrDefault(parsed.copy(), List.of())) {
            if (approval.isAuthorOf(parsed) || !options.allows(approval.approver())) {
                ignored.add(approval.approver());
            } else if (countedKeys.add(approval.approverKey())) {
                counted.add(approval.approver());
            }
        }
        int stale = countStaleApprovals(repository, parsed, allApprovals);

        int required = policy.minimumApprovals();
        boolean passed = counted.size() >= required;
        String message = message(parsed, policy, counted, ignored, stale, passed);
        return new ApprovalCheck(passed, parsed.name(), required, new ArrayList<>(counted), ignored, stale, message);
    }

    // NOTE: only approvals on ancestors count as stale. An approved commit that was amended or rebased away is no
    // longer an ancestor, so its approvals are neither counted nor mentioned in the message.
    private static int countStaleApprovals(Repository repository, RevCommit commit,
            Map<ObjectId, List<Approval>> allApprovals) throws EnvironmentException {
        int stale = 0;
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit target = walk.parseCommit(commit);
            for (Map.Entry<ObjectId, List<Approval>> entry : allApprovals.entrySet()) {
                if (entry.getKey().equals(target) || !isCommit(walk, entry.getKey())) {
                    continue;
                }
                RevCommit annotated = walk.parseCommit(entry.getKey());
                if (walk.isMergedInto(annotated, target)) {
                    stale += (int) entry.getValue().stream().map(Approval::approverKey).distinct().count();
                }
            }
            return stale;
        } catch (IOException e) {
            throw new EnvironmentException("Failed to walk the history of commit " + commit.name() + " in "
                    + GitNotes.location(repository) + ": " + e.getMessage(), e);
        }
    }

    private static boolean isCommit(RevWalk walk, ObjectId id) throws IOException {
        return walk.getObjectReader().has(id) && walk.parseAny(id) instanceof RevCommit;
    }

    private static String message(RevCommit commit, TrackPolicy policy, Set<String> counted, List<String> ignored,
            int stale, boolean passed) {
        String shortId = commit.abbreviate(7).name();
        int required = policy.minimumApprovals();
        StringBuilder message = new StringBuilder("Commit ").append(shortId).append(" has ").append(counted.size())
                .append(" of ").append(required).append(required == 1 ? " required approval" : " required approvals")
                .append(" for the ").append(policy.track().label()).append(" track");
        if (!counted.isEmpty()) {
            message.append(" (").append(String.join(", ", counted)).append(')');
        }
        message.append('.');
        if (!ignored.isEmpty()) {
            message.append(" Ignored approvals by ").append(String.join(", ", ignored))
                    .append(" because they are the commit's author or not on the list of allowed approvers.");
        }
        if (passed) {
            return message.toString();
        }

        if (stale > 0) {
            message.append(" Older commits of this branch have ").append(stale)
                    .append(stale == 1 ? " approval that no longer counts" : " approvals that no longer count")
                    .append(", because an approval covers only the exact commit it was given on.");
        }
        message.append(" Ask ").append(required - counted.size())
                .append(required - counted.size() == 1 ? " more approver" : " more approvers")
                .append(" to approve commit ").append(shortId).append('.');
        return message.toString();
    }
}
