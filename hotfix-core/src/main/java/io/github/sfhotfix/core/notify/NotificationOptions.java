package io.github.sfhotfix.core.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of incident notifications.
 *
 * @param format body format; default {@link WebhookFormat#SLACK}
 * @param webhookVariable name of the environment variable that contains the webhook URL; default
 *     {@code HOTFIX_SLACK_WEBHOOK}. The URL itself is never part of the configuration.
 * @param failuresFatal whether a failed notification stops the goal; default false, so the caller only warns
 * @param timeout limit of each attempt, connection included; default 10 seconds
 * @param retries attempts after the first one on HTTP 5xx, timeouts and I/O errors; default 3
 * @param initialBackoff wait before the first retry, doubled before each further retry; default 1 second
 */
public record NotificationOptions(WebhookFormat format, String webhookVariable, boolean failuresFatal,
        Duration timeout, int retries, Duration initialBackoff) {

    /** Default name of the environment variable that contains the webhook URL. */
    public static final String DEFAULT_WEBHOOK_VARIABLE = "HOTFIX_SLACK_WEBHOOK";

    /** Checks that the values are set and in range. */
    public NotificationOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(webhookVariable, "webhookVariable");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (webhookVariable.isBlank()) {
            throw new IllegalArgumentException("webhookVariable must name an environment variable");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, but was " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be zero or more, but was " + retries);
        }
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must be zero or more, but was " + initialBackoff);
        }
    }

    /** Returns the defaults: Slack format, {@code HOTFIX_SLACK_WEBHOOK}, not fatal, 10 s timeout, 3 retries, 1 s. */
    public static NotificationOptions defaults() {
        return new NotificationOptions(WebhookFormat.SLACK, DEFAULT_WEBHOOK_VARIABLE, false, Duration.ofSeconds(10),
                3, Duration.ofSeconds(1));
    }

    public NotificationOptions withFormat(WebhookFormat value) {
        return new NotificationOptions(value, webhookVariable, failuresFatal, timeout, retries, initialBackoff);
    }

    public NotificationOptions withWebhookVariable(String value) {
        return new NotificationOptions(format, value, failuresFatal, timeout, retries, initialBackoff);
    }

    public NotificationOptions withFailuresFatal(boolean value) {
        return new NotificationOptions(format, webhookVariable, value, timeout, retries, initialBackoff);
    }

    public NotificationOptions withTimeout(Duration value) {
        return new NotificationOptions(format, webhookVariable, failuresFatal, value, retries, initialBackoff);
    }

    public NotificationOptions withRetries(int value) {
        return new NotificationOptions(format, webhookVariable, failuresFatal, timeout, value, initialBackoff);
    }

    public NotificationOptions withInitialBackoff(Duration value) {
        return new NotificationOptions(format, webhookVariable, failuresFatal, timeout, retries, value);
    }
}
