package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.notify.HotfixEvent;
import io.github.sfhotfix.core.notify.Notification;
import io.github.sfhotfix.core.notify.NotificationOptions;
import io.github.sfhotfix.core.notify.NotificationResult;
import io.github.sfhotfix.core.notify.Sleeper;
import io.github.sfhotfix.core.notify.WebhookNotifier;
import io.github.sfhotfix.core.policy.Policy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Announces hotfix events to the webhook the policy names ({@code notify.*}), with the branch, commit and author
 * as fields. A failure is returned for the caller to warn about, unless {@code notify.failuresFatal} is set.
 */
public final class HotfixAnnouncer {

    private final Map<String, String> environment;
    private final Sleeper sleeper;

    /**
     * Creates an announcer.
     *
     * @param environment environment variables, usually {@code System.getenv()}; the webhook URL is read from them
     */
    public HotfixAnnouncer(Map<String, String> environment, Sleeper sleeper) {
        this.environment = Map.copyOf(environment);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Sends {@code event} about {@code branch} (or the checked-out branch when null), even when no webhook is
     * configured: that outcome is then {@link NotificationResult.Status#NOT_CONFIGURED}.
     *
     * @param fields further facts, such as the tag; may be empty
     * @throws HotfixException when {@code notify.failuresFatal} is set and the notification was not delivered
     */
    public NotificationResult send(ProcessSettings settings, HotfixEvent event, String branch,
            Map<String, String> fields) throws HotfixException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            return notifier(policy.notificationOptions()).send(notification(repository, event, branch, fields));
        }
    }

    /**
     * Sends {@code event} only when the webhook variable is set, as start and finish do.
     *
     * @return the outcome, or empty when no webhook is configured
     * @throws HotfixException when {@code notify.failuresFatal} is set and the notification was not delivered
     */
    public Optional<NotificationResult> sendIfConfigured(ProcessSettings settings, HotfixEvent event, String branch,
            Map<String, String> fields) throws HotfixException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            NotificationOptions options = policy.notificationOptions();
            if (environment.getOrDefault(options.webhookVariable(), "").isBlank()) {
                return Optional.empty();
            }
            return Optional.of(notifier(options).send(notification(repository, event, branch, fields)));
        }
    }

    private WebhookNotifier notifier(NotificationOptions options) {
        return new WebhookNotifier(options, environment, sleeper);
    }

    private static Notification notification(GitRepository repository, HotfixEvent event, String branch,
            Map<String, String> fields) throws RejectedInputException, EnvironmentException {
        String name = branch != null && !branch.isBlank() ? branch.trim()
                : repository.checkedOutBranch().orElse("(detached HEAD)");
        Map<String, String> all = new LinkedHashMap<>(fields);
        ObjectId head = repository.head();
        all.putIfAbsent("Commit", head.abbreviate(8).name());
        all.putIfAbsent("Author", repository.commit(head).authorName());
        all.putIfAbsent("Repository", repository.workTree().getFileName().toString());
        return new Notification(event, name, all);
    }
}
