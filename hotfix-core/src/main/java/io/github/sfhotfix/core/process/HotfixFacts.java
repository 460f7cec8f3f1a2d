package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.git.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Facts git records about one hotfix.
 *
 * @param branch the hotfix branch, such as {@code hotfix/fix-fee-rounding}; from the tag message when only a tag
 *     was given
 * @param tip the hotfix's last commit: the branch tip, or the second parent of the tagged merge commit
 * @param base the production tag the hotfix started from
 * @param releaseTag the tag of the hotfix's version, or null before finish
 * @param releaseTagDate when the release tag was created, or null before finish
 * @param startedAt when the branch was created, from its reflog, else the time of its first commit
 * @param commits the hotfix's own commits from the base to the tip, merges excluded, oldest first
 */
public record HotfixFacts(String branch, RevCommit tip, ProductionTag base, ProductionTag releaseTag,
        Instant releaseTagDate, Instant startedAt, List<RevCommit> commits) {

    public HotfixFacts {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(tip, "tip");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(startedAt, "startedAt");
        commits = List.copyOf(commits);
    }

    public Optional<ProductionTag> release() {
        return Optional.ofNullable(releaseTag);
    }

    /** Returns the hotfix's version: the release tag's, else the patch after the base. */
    public Version version() {
        return releaseTag != null ? releaseTag.version() : base.version().nextPatch();
    }

    /** Returns the branch name without its prefix, such as {@code fix-fee-rounding}. */
    public String slug(String prefix) {
        return branch.startsWith(prefix) ? branch.substring(prefix.length()) : branch;
    }
}
