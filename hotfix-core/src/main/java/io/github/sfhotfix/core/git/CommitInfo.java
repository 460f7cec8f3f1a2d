package io.github.sfhotfix.core.git;

/**
 * A commit on the hotfix branch, with what the rules read from it.
 *
 * @param id the full commit id
 * @param shortId the first 8 characters of the id
 * @param subject the first line of the message
 * @param message the whole message
 * @param parentCount 2 or more for a merge commit
 * @param authorName the author's name
 * @param authorEmail the author's email
 */
public record CommitInfo(String id, String shortId, String subject, String message, int parentCount,
        String authorName, String authorEmail) {

    public boolean isMerge() {
        return parentCount > 1;
    }
}
