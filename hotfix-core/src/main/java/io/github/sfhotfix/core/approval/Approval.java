package io.github.sfhotfix.core.approval;

import io.github.sfhotfix.core.triage.Track;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * One person's approval of one commit.
 *
 * @param approver name or email of the approver; compared without regard to case
 * @param time when the approval was given
 * @param track track the commit was approved for
 */
public record Approval(String approver, Instant time, Track track) {

    /** Checks that every field is set and trims the approver. */
    public Approval {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(track, "track");
        approver = approver.trim();
    }

    /** Returns the approver in the form used to compare identities: trimmed and lower case. */
    public String approverKey() {
        return approver.toLowerCase(Locale.ROOT);
    }

    /** Returns whether the approver is the author of {@code commit}, by email or by name, ignoring case. */
    public boolean isAuthorOf(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return approver.equalsIgnoreCase(author.getEmailAddress()) || approver.equalsIgnoreCase(author.getName());
    }
}
