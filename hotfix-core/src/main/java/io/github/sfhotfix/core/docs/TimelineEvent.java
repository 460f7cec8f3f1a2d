package io.github.sfhotfix.core.docs;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the root-cause analysis timeline.
 *
 * @param time when it happened
 * @param description what happened, as Markdown
 */
public record TimelineEvent(Instant time, String description) {

    public TimelineEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(description, "description");
    }

    public static TimelineEvent branchCreated(String branch, Instant time) {
        return new TimelineEvent(time, "Branch " + Markdown.code(branch) + " created");
    }

    public static TimelineEvent firstCommit(String commitId, String subject, Instant time) {
        return new TimelineEvent(time, "First commit " + Markdown.code(shortId(commitId)) + ": "
                + Markdown.cell(subject));
    }

    public static TimelineEvent approval(String approver, String commitId, Instant time) {
        return new TimelineEvent(time, "Approved by " + Markdown.cell(approver) + " on commit "
                + Markdown.code(shortId(commitId)));
    }

    public static TimelineEvent deployed(String deployId, Instant time) {
        return new TimelineEvent(time, "Deployed to production, deploy ID " + Markdown.code(deployId));
    }

    public static TimelineEvent tagged(String tag, Instant time) {
        return new TimelineEvent(time, "Tagged " + Markdown.code(tag));
    }

    private static String shortId(String commitId) {
        return commitId.length() > 7 ? commitId.substring(0, 7) : commitId;
    }
}
