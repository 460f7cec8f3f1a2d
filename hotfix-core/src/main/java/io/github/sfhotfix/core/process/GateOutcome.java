package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.approval.ApprovalCheck;

/**
 * The result of the approval gate on HEAD. A missing approval is a failed check, not an exception.
 *
 * @param track the track whose number of approvals was required, and where it was read
 * @param check the approvals counted and ignored, and the sentence for the log
 */
public record GateOutcome(ResolvedTrack track, ApprovalCheck check) {

    public boolean passed() {
        return check.passed();
    }
}
