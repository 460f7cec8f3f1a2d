package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.approval.RecordedApproval;

/**
 * The result of recording one approval.
 *
 * @param commit full id of the approved commit, HEAD
 * @param track the track the approval was given for, and where it was read
 * @param recorded whether the approval was added, and every approval of the commit afterwards
 */
public record ApproveOutcome(String commit, ResolvedTrack track, RecordedApproval recorded) {
}
