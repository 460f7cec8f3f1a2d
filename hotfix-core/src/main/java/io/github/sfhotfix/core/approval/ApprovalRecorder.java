package io.github.sfhotfix.core.approval;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records approvals of an exact commit as a git note. Approvals of one commit accumulate in one note; an approver
 * who already approved the commit is not added again.
 */
public final class ApprovalRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalRecorder.class);

    private final ApprovalOptions options;
    private final ApprovalNotes notes;

    public ApprovalRecorder(ApprovalOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.notes = new ApprovalNotes(options.notesRef());
    }

    /**
     * Adds {@code approval} to the note on {@code commit}. Every check runs before the note is written.
     *
     * @return whether the approval was added, and the approvals of the commit afterwards
     * @throws RejectedInputException when the commit is unknown, the approver is blank, is the commit's author or is
     *     not on the list of allowed approvers
     */
    public RecordedApproval record(Repository repository, ObjectId commit, Approval approval)
            throws RejectedInputException, EnvironmentException {
        RevCommit parsed = GitNotes.parseCommit(repository, commit);
        String shortId = parsed.abbreviate(7).name();
        checkApprover(parsed, shortId, approval);

        List<Approval> approvals = new ArrayList<>(notes.read(repository, parsed));
        boolean alreadyApproved = approvals.stream()
                .anyMatch(existing -> existing.approverKey().equals(approval.approverKey()));
        if (alreadyApproved) {
            LOG.debug("{} already approved commit {}; note left unchanged", approval.approver(), parsed.name());
            return new RecordedApproval(false, approvals);
        }

        approvals.add(approval);
        notes.write(repository, parsed, approvals);
        LOG.debug("Recorded approval of commit {} by {} in {}", parsed.name(), approval.approver(),
                options.notesRef());
        return new RecordedApproval(true, approvals);
    }

    private void checkApprover(RevCommit commit, String shortId, Approval approval) throws RejectedInputException {
        if (approval.approver().isEmpty()) {
            throw new RejectedInputException("Missing approver for commit " + shortId
                    + ". Pass the approver's name or email.");
        }
        if (approval.isAuthorOf(commit)) {
            PersonIdent author = commit.getAuthorIdent();
            throw new RejectedInputException("Rejected approval of commit " + shortId + " by '" + approval.approver()
                    + "': the approver is the commit's author (" + author.getName() + " <"
                    + author.getEmailAddress() + ">), and authors cannot approve their own hotfix."
                    + " Ask another approver.");
        }
        if (!options.allows(approval.approver())) {
            throw new RejectedInputException("Rejected approval of commit " + shortId + " by '" + approval.approver()
                    + "': not on the list of allowed approvers (" + String.join(", ", options.allowedApprovers())
                    + "). Ask one of them, or add the approver to the list in the configuration.");
        }
    }
}
