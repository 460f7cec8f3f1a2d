package io.github.sfhotfix.core.approval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of approvals.
 *
 * @param allowedApprovers names or emails of the people who may approve, compared without regard to case. The
 *     default, an empty list, lets anyone except the commit's author approve.
 * @param notesRef notes ref that stores approvals; default {@code refs/notes/hotfix-approvals}
 */
public record ApprovalOptions(List<String> allowedApprovers, String notesRef) {

    /** Copies the list and checks that the notes ref is under {@code refs/notes/}. */
    public ApprovalOptions {
        allowedApprovers = List.copyOf(allowedApprovers);
        Objects.requireNonNull(notesRef, "notesRef");
        if (!notesRef.startsWith("refs/notes/")) {
            throw new IllegalArgumentException("notesRef must start with refs/notes/, but was " + notesRef);
        }
    }

    /** Returns options that let anyone but the author approve, stored in {@code refs/notes/hotfix-approvals}. */
    public static ApprovalOptions defaults() {
        return new ApprovalOptions(List.of(), GitNotes.APPROVALS_REF);
    }

    /** Returns a copy that restricts approvals to {@code approvers}. */
    public ApprovalOptions withAllowedApprovers(List<String> approvers) {
        return new ApprovalOptions(approvers, notesRef);
    }

    /** Returns whether {@code approver} may approve under these options. */
    public boolean allows(String approver) {
        if (allowedApprovers.isEmpty()) {
            return true;
        }
        String key = approver.trim().toLowerCase(Locale.ROOT);
        return allowedApprovers.stream().anyMatch(allowed -> allowed.trim().toLowerCase(Locale.ROOT).equals(key));
    }
}
