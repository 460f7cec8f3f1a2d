package io.github.sfhotfix.core.notify;

/**
 * Outcome of sending a notification. The message never contains the webhook URL.
 *
 * @param status whether the notification was delivered, failed or could not be sent for lack of a webhook
 * @param attempts number of HTTP requests made
 * @param message sentence for the log: what happened and, on failure, what to check
 */
public record NotificationResult(Status status, int attempts, String message) {

    /** Delivery status. */
    public enum Status {
        DELIVERED,
        FAILED,
        /** The environment variable that should contain the webhook URL is not set or is empty. */
        NOT_CONFIGURED
    }

    /** Returns whether the webhook accepted the notification. */
    public boolean delivered() {
        return status == Status.DELIVERED;
    }
}
