package io.github.sfhotfix.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.notify.HotfixEvent;
import io.github.sfhotfix.core.notify.NotificationResult;
import io.github.sfhotfix.core.testing.TestRepository;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixAnnouncerTest {

    @TempDir
    Path temp;

    private TestRepository repository;
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws Exception {
        repository = TestRepository.withRelease(temp.resolve("repo"));
        ProcessRepository.hotfix(repository, "login");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/secret-token", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        repository.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/secret-token";
    }

    private HotfixAnnouncer announcer(Map<String, String> environment) {
        return new HotfixAnnouncer(environment, duration -> { });
    }

    @Test
    void unsetVariableSendsNothing() throws Exception {
        Optional<NotificationResult> result = announcer(Map.of()).sendIfConfigured(
                ProcessRepository.settings(repository, Map.of()), HotfixEvent.STARTED, null, Map.of());

        assertThat(result).isEmpty();
        assertThat(bodies).isEmpty();
    }

    @Test
    void configuredWebhookReceivesEvent() throws Exception {
        Optional<NotificationResult> result = announcer(Map.of("HOTFIX_SLACK_WEBHOOK", url())).sendIfConfigured(
                ProcessRepository.settings(repository, Map.of()), HotfixEvent.FINISHED, null, Map.of("Tag", "v1.2.4"));

        assertThat(result.orElseThrow().delivered()).isTrue();
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0)).contains("Hotfix finished: hotfix/login");
        assertThat(bodies.get(0)).contains("\"color\":\"good\"");
        assertThat(bodies.get(0)).contains("v1.2.4");
    }

    @Test
    void jsonFormatAndOtherVariableFromPolicy() throws Exception {
        Map<String, String> overrides = Map.of("notify.format", "json", "notify.webhookVariable", "INCIDENT_HOOK");

        announcer(Map.of("INCIDENT_HOOK", url())).sendIfConfigured(ProcessRepository.settings(repository, overrides),
                HotfixEvent.STARTED, null, Map.of());

        assertThat(bodies.get(0)).contains("\"event\":\"started\"");
    }

    @Test
    void serverErrorWarnsWithoutUrl() throws Exception {
        status.set(500);

        NotificationResult result = announcer(Map.of("HOTFIX_SLACK_WEBHOOK", url())).sendIfConfigured(
                ProcessRepository.settings(repository, Map.of()), HotfixEvent.STARTED, null, Map.of()).orElseThrow();

        assertThat(result.delivered()).isFalse();
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.message()).doesNotContain("secret-token");
    }

    @Test
    void serverErrorFailsWhenFatal() {
        status.set(500);

        assertThatThrownBy(() -> announcer(Map.of("HOTFIX_SLACK_WEBHOOK", url())).sendIfConfigured(
                ProcessRepository.settings(repository, Map.of("notify.failuresFatal", "true")), HotfixEvent.STARTED,
                null, Map.of()))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageNotContaining("secret-token");
    }
}
