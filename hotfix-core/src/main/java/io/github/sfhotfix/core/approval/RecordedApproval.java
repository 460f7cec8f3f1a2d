package io.github.sfhotfix.core.approval;

import java.util.List;

/**
 * Outcome of recording an approval.
 *
 * @param added false when the approver had already approved the commit, so the note was left unchanged
 * @param approvals every approval of the commit after recording
 */
public record RecordedApproval(boolean added, List<Approval> approvals) {

    public RecordedApproval {
        approvals = List.copyOf(approvals);
    }
}
