package io.github.sfhotfix.core.docs;

import java.time.Instant;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Release tag of a finished hotfix, as the caller found it in git.
 *
 * @param name tag name, for example {@code v1.2.4}
 * @param commit tagged object: the commit, or an annotated tag that points to it
 * @param date when the tag was created; the grace period counts from this date
 * @param hotfixName second accepted name of the RCA document, for example the incident id or the branch slug; empty
 *     when only {@code docs/rca/<tag>.md} is accepted
 */
public record HotfixTag(String name, ObjectId commit, Instant date, String hotfixName) {

    public HotfixTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(date, "date");
        hotfixName = hotfixName == null ? "" : hotfixName.trim();
    }

    /** Returns the version in the tag name: the text from the first digit on, {@code 1.2.4} for {@code v1.2.4}. */
    public String version() {
        for (int index = 0; index < name.length(); index++) {
            if (Character.isDigit(name.charAt(index))) {
                return name.substring(index);
            }
        }
        return name;
    }
}
