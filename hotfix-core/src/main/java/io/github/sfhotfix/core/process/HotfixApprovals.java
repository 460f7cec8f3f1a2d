package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.Approval;
import io.github.sfhotfix.core.approval.ApprovalCheck;
import io.github.sfhotfix.core.approval.ApprovalGate;
import io.github.sfhotfix.core.approval.ApprovalRecorder;
import io.github.sfhotfix.core.approval.RecordedApproval;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.policy.Policy;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Records approvals of HEAD and checks HEAD against its track's number of approvals, with the approvers the policy
 * allows. The track comes from the hotfix's triage note (see {@link TrackResolver}).
 */
public final class HotfixApprovals {

    /**
     * Records {@code approver}'s approval of HEAD.
     *
     * @param now the time stored with the approval
     * @throws RejectedInputException when the approver is blank, is HEAD's author or is not on
     *     {@code approval.approvers}; nothing was written
     */
    public ApproveOutcome approve(ProcessSettings settings, String approver, Instant now)
            throws RejectedInputException, EnvironmentException {
        Objects.requireNonNull(now, "now");
        if (approver == null || approver.isBlank()) {
            throw new RejectedInputException("Missing approver. Pass the approver's name or email with"
                    + " -Dhotfix.approver=jane@example.com.");
        }
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            ObjectId head = repository.head();
            ResolvedTrack track = TrackResolver.resolve(repository, policy, head);

            Approval approval = new Approval(approver, now, track.track());
            RecordedApproval recorded = new ApprovalRecorder(policy.approvalOptions())
                    .record(repository.jgit(), head, approval);
            return new ApproveOutcome(head.name(), track, recorded);
        }
    }

    /** Checks that HEAD has the number of approvals its track requires. */
    public GateOutcome check(ProcessSettings settings) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            ObjectId head = repository.head();
            ResolvedTrack track = TrackResolver.resolve(repository, policy, head);
            ApprovalCheck check = new ApprovalGate(policy.approvalOptions()).check(repository.jgit(), head,
                    track.policy());
            return new GateOutcome(track, check);
        }
    }
}
