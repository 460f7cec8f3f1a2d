package io.github.sfhotfix.core.notify;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends hotfix notifications to a webhook whose URL is read from an environment variable.
 *
 * <p>The URL is a secret: messages, log lines and exceptions name the variable ("the webhook in
 * $HOTFIX_SLACK_WEBHOOK") and replace any occurrence of the URL. HTTP 5xx, timeouts and I/O errors are retried with
 * exponential backoff; any other status is not retried. A failure is returned as a value unless
 * {@link NotificationOptions#failuresFatal()} is set, in which case it is thrown.
 */
public final class WebhookNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final NotificationOptions options;
    private final Map<String, String> environment;
    private final Sleeper sleeper;
    private final HttpClient client;

    /**
     * Creates a notifier.
     *
     * @param environment environment variables, usually {@code System.getenv()}
     * @param sleeper waits between retries
     */
    public WebhookNotifier(NotificationOptions options, Map<String, String> environment, Sleeper sleeper) {
        this.options = Objects.requireNonNull(options, "options");
        this.environment = Map.copyOf(environment);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends {@code notification}.
     *
     * @return the outcome; a failure is returned when notification failures are not fatal
     * @throws RejectedInputException when failures are fatal and the webhook variable is unset or not an HTTP URL
     * @throws EnvironmentException when failures are fatal and the webhook could not be reached or rejected the
     *     request
     */
    public NotificationResult send(Notification notification) throws HotfixException {
        String url = environment.getOrDefault(options.webhookVariable(), "").trim();
        String webhook = "the webhook in $" + options.webhookVariable();
        String subject = "the '" + notification.event().title() + "' notification";

        if (url.isEmpty()) {
            return rejected(NotificationResult.Status.NOT_CONFIGURED, "Did not send " + subject + ": the environment"
                    + " variable " + options.webhookVariable() + " is not set. Set it to the incoming webhook URL.");
        }
        URI uri = parseUri(url);
        if (uri == null) {
            return rejected(NotificationResult.Status.FAILED, "Did not send " + subject + ": " + webhook
                    + " is not a valid http or https URL. Set " + options.webhookVariable()
                    + " to the incoming webhook URL.");
        }

        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(options.format().render(notification)))
                .build();
        return deliver(request, url, webhook, subject);
    }

    private NotificationResult deliver(HttpRequest request, String url, String webhook, String subject)
            throws EnvironmentException {
        int maxAttempts = options.retries() + 1;
        String lastProblem = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    LOG.debug("Sent {} to {} (attempt {})", subject, webhook, attempt);
                    return new NotificationResult(NotificationResult.Status.DELIVERED, attempt,
                            "Sent " + subject + " to " + webhook + ".");
                }
                if (status < 500) {
                    return failed(attempt, "Failed to send " + subject + ": " + webhook + " rejected it with HTTP "
                            + status + ", which is not retried. Check that " + options.webhookVariable()
                            + " contains a current incoming webhook URL.");
                }
                lastProblem = "HTTP " + status;
            } catch (HttpTimeoutException e) {
                lastProblem = "timed out after " + options.timeout().toMillis() + " ms";
            } catch (IOException e) {
                String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                lastProblem = "I/O error " + mask(detail, url, webhook);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(attempt, "Failed to send " + subject + " to " + webhook + ": interrupted.");
            }

            if (attempt < maxAttempts) {
                Duration backoff = options.initialBackoff().multipliedBy(1L << (attempt - 1));
                LOG.info("Sending {} to {} failed ({}); retrying in {} ms, attempt {} of {}", subject, webhook,
                        lastProblem, backoff.toMillis(), attempt + 1, maxAttempts);
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return failed(attempt, "Failed to send " + subject + " to " + webhook + ": interrupted.");
                }
            }
        }
        return failed(maxAttempts, "Failed to send " + subject + " to " + webhook + " after " + maxAttempts
                + (maxAttempts == 1 ? " attempt" : " attempts") + ": " + lastProblem
                + ". Check that the webhook service is reachable from this machine.");
    }

    private NotificationResult rejected(NotificationResult.Status status, String message)
            throws RejectedInputException {
        if (options.failuresFatal()) {
            throw new RejectedInputException(message);
        }
        return new NotificationResult(status, 0, message);
    }

    private NotificationResult failed(int attempts, String message) throws EnvironmentException {
        if (options.failuresFatal()) {
            throw new EnvironmentException(message);
        }
        return new NotificationResult(NotificationResult.Status.FAILED, attempts, message);
    }

    private static URI parseUri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Replaces the URL, and its part before the path, by the variable's description in a foreign message. */
    private static String mask(String text, String url, String webhook) {
        String masked = text.replace(url, webhook);
        URI uri = parseUri(url);
        if (uri != null && uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
            masked = masked.replace(uri.getRawPath(), "/***");
        }
        return "(" + masked + ")";
    }
}
