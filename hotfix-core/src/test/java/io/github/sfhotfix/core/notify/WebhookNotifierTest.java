package io.github.sfhotfix.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {

    private static final String SECRET_PATH = "/services/T000/B000/s3cr3tToken";
    private static final Notification DEPLOYED = new Notification(HotfixEvent.DEPLOYED, "hotfix/fix-payment",
            Map.of("Deploy ID", "0Af000000000001"));

    private HttpServer server;
    private ExecutorService executor;
    private String url;
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Duration> sleeps = new ArrayList<>();
    private volatile long handlerDelayMillis;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (handlerDelayMillis > 0) {
                try {
                    Thread.sleep(handlerDelayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = statuses.poll();
            byte[] reply = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + SECRET_PATH;
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void slackPayloadHasColouredAttachment() throws Exception {
        NotificationResult result = notifier(NotificationOptions.defaults()).send(DEPLOYED);

        JsonNode body = new ObjectMapper().readTree(bodies.get(0));
        assertThat(result.delivered()).isTrue();
        assertThat(body.get("text").asText()).isEqualTo("Hotfix deployed: hotfix/fix-payment");
        assertThat(body.at("/attachments/0/color").asText()).isEqualTo("good");
        assertThat(body.at("/attachments/0/fields/0/value").asText()).isEqualTo("hotfix/fix-payment");
        assertThat(body.at("/attachments/0/fields/1/title").asText()).isEqualTo("Deploy ID");
        assertThat(body.at("/attachments/0/fields/1/value").asText()).isEqualTo("0Af000000000001");
    }

    @Test
    void slackColourFollowsOutcome() throws Exception {
        Notification smokeFailed = new Notification(HotfixEvent.SMOKE_FAILED, "hotfix/fix-payment", Map.of());
        Notification started = new Notification(HotfixEvent.STARTED, "hotfix/fix-payment", Map.of());

        notifier(NotificationOptions.defaults()).send(smokeFailed);
        notifier(NotificationOptions.defaults()).send(started);

        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(bodies.get(0)).at("/attachments/0/color").asText()).isEqualTo("danger");
        assertThat(mapper.readTree(bodies.get(1)).at("/attachments/0/color").asText()).isEqualTo("warning");
    }

    @Test
    void jsonPayloadHasEventAndFields() throws Exception {
        NotificationOptions options = NotificationOptions.defaults().withFormat(WebhookFormat.JSON);

        notifier(options).send(new Notification(HotfixEvent.MONITOR_FAILED, "hotfix/fix-payment",
                Map.of("Deploy ID", "0Af000000000001")));

        JsonNode body = new ObjectMapper().readTree(bodies.get(0));
        assertThat(body.get("event").asText()).isEqualTo("monitor-failed");
        assertThat(body.get("outcome").asText()).isEqualTo("danger");
        assertThat(body.get("branch").asText()).isEqualTo("hotfix/fix-payment");
        assertThat(body.at("/fields/Deploy ID").asText()).isEqualTo("0Af000000000001");
    }

    @Test
    void serverErrorIsRetriedWithBackoff() throws Exception {
        statuses.add(500);
        statuses.add(503);

        NotificationResult result = notifier(NotificationOptions.defaults()).send(DEPLOYED);

        assertThat(result.delivered()).isTrue();
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void persistentServerErrorGivesUp() throws Exception {
        for (int i = 0; i < 10; i++) {
            statuses.add(500);
        }

        NotificationResult result = notifier(NotificationOptions.defaults()).send(DEPLOYED);

        assertThat(result.status()).isEqualTo(NotificationResult.Status.FAILED);
        assertThat(requests.get()).isEqualTo(4);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(result.message()).isEqualTo("Failed to send the 'Hotfix deployed' notification to the webhook"
                + " in $HOTFIX_SLACK_WEBHOOK after 4 attempts: HTTP 500. Check that the webhook service is"
                + " reachable from this machine.");
    }

    @Test
    void clientErrorIsNotRetried() throws Exception {
        statuses.add(404);

        NotificationResult result = notifier(NotificationOptions.defaults()).send(DEPLOYED);

        assertThat(result.status()).isEqualTo(NotificationResult.Status.FAILED);
        assertThat(requests.get()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
        assertThat(result.message()).contains("rejected it with HTTP 404, which is not retried");
    }

    @Test
    void timeoutIsRetriedThenFails() throws Exception {
        handlerDelayMillis = 1_000;
        NotificationOptions options = NotificationOptions.defaults().withTimeout(Duration.ofMillis(150))
                .withRetries(1);

        NotificationResult result = notifier(options).send(DEPLOYED);

        assertThat(result.status()).isEqualTo(NotificationResult.Status.FAILED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.message()).contains("after 2 attempts: timed out after 150 ms");
    }

    @Test
    void fatalFailureThrowsMaskedMessage() {
        statuses.add(403);
        WebhookNotifier notifier = notifier(NotificationOptions.defaults().withFailuresFatal(true));

        assertThatThrownBy(() -> notifier.send(DEPLOYED))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("the webhook in $HOTFIX_SLACK_WEBHOOK rejected it with HTTP 403")
                .hasMessageNotContaining("s3cr3tToken")
                .hasNoCause();
    }

    @Test
    void missingVariableIsNotConfigured() throws Exception {
        WebhookNotifier notifier = new WebhookNotifier(NotificationOptions.defaults(), Map.of(), sleeps::add);

        NotificationResult result = notifier.send(DEPLOYED);

        assertThat(result.status()).isEqualTo(NotificationResult.Status.NOT_CONFIGURED);
        assertThat(result.message()).isEqualTo("Did not send the 'Hotfix deployed' notification: the environment"
                + " variable HOTFIX_SLACK_WEBHOOK is not set. Set it to the incoming webhook URL.");
    }

    @Test
    void missingVariableIsRejectedWhenFatal() {
        NotificationOptions options = NotificationOptions.defaults().withFailuresFatal(true)
                .withWebhookVariable("TEAM_WEBHOOK");
        WebhookNotifier notifier = new WebhookNotifier(options, Map.of(), sleeps::add);

        assertThatThrownBy(() -> notifier.send(DEPLOYED))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("the environment variable TEAM_WEBHOOK is not set");
    }

    @Test
    void invalidUrlIsMasked() throws Exception {
        String secret = "ftp://hooks.invalid" + SECRET_PATH;
        WebhookNotifier notifier = new WebhookNotifier(NotificationOptions.defaults(),
                Map.of(NotificationOptions.DEFAULT_WEBHOOK_VARIABLE, secret), sleeps::add);

        NotificationResult result = notifier.send(DEPLOYED);

        assertThat(result.message()).contains("the webhook in $HOTFIX_SLACK_WEBHOOK is not a valid http or https URL");
        assertThat(result.message()).doesNotContain("s3cr3tToken");
    }

    @Test
    void urlIsMaskedInEveryMessage() throws Exception {
        List<String> messages = new ArrayList<>();
        messages.add(notifier(NotificationOptions.defaults()).send(DEPLOYED).message());
        statuses.add(400);
        messages.add(notifier(NotificationOptions.defaults()).send(DEPLOYED).message());
        statuses.add(500);
        messages.add(notifier(NotificationOptions.defaults().withRetries(0)).send(DEPLOYED).message());
        server.stop(0);
        messages.add(notifier(NotificationOptions.defaults().withRetries(0)).send(DEPLOYED).message());

        for (String message : messages) {
            assertThat(message).contains("the webhook in $HOTFIX_SLACK_WEBHOOK");
            assertThat(message).doesNotContain("s3cr3tToken");
            assertThat(message).doesNotContain(url);
        }
    }

    private WebhookNotifier notifier(NotificationOptions options) {
        return new WebhookNotifier(options, Map.of(NotificationOptions.DEFAULT_WEBHOOK_VARIABLE, url), sleeps::add);
    }
}
