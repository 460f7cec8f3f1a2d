package io.github.sfhotfix.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookFormatTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "STARTED, warning, started",
        "VALIDATED, good, validated",
        "APPROVED, good, approved",
        "DEPLOYED, good, deployed",
        "SMOKE_FAILED, danger, smoke-failed",
        "MONITOR_FAILED, danger, monitor-failed",
        "FINISHED, good, finished",
    })
    void eventSetsColourAndName(HotfixEvent event, String colour, String token) throws Exception {
        Notification notification = new Notification(event, "hotfix/fix-login", Map.of());

        JsonNode slack = mapper.readTree(WebhookFormat.SLACK.render(notification));
        JsonNode json = mapper.readTree(WebhookFormat.JSON.render(notification));

        assertThat(slack.at("/attachments/0/color").asText()).isEqualTo(colour);
        assertThat(json.get("event").asText()).isEqualTo(token);
        assertThat(json.get("outcome").asText()).isEqualTo(colour);
    }
}
