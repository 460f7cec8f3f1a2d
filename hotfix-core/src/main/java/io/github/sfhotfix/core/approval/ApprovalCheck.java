package io.github.sfhotfix.core.approval;

import java.util.List;

/**
 * Outcome of checking the approvals of a commit.
 *
 * @param passed whether the commit has at least the required number of approvals
 * @param commit full id of the checked commit
 * @param required number of distinct approvers the track requires
 * @param approvers approvers counted, in the order they approved
 * @param ignoredApprovers approvers found on the commit but not counted, because they are its author or are not on
 *     the list of allowed approvers
 * @param staleApprovals approvals on ancestors of the commit, which do not count for it
 * @param message sentence that states the outcome and, on failure, what to do
 */
public record ApprovalCheck(boolean passed, String commit, int required, List<String> approvers,
        List<String> ignoredApprovers, int staleApprovals, String message) {

    public ApprovalCheck {
        approvers = List.copyOf(approvers);
        ignoredApprovers = List.copyOf(ignoredApprovers);
    }
}
