package io.github.sfhotfix.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.testing.TestRepository;
import io.github.sfhotfix.core.triage.Track;
import io.github.sfhotfix.core.triage.TriageRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixTriageTest {

    @TempDir
    Path temp;

    private TestRepository repository;
    private Path output;

    @BeforeEach
    void createRepository() throws Exception {
        repository = TestRepository.withRelease(temp.resolve("repo"));
        output = temp.resolve("repo/target/hotfix/triage.json");
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    private TriageRequest request(String severity, String impact, String kind, long loss, boolean recordNote,
            Map<String, String> overrides) {
        return new TriageRequest(ProcessRepository.settings(repository, overrides), severity, impact, false, kind,
                false, false, String.valueOf(loss), false, false, output, recordNote);
    }

    @Test
    void criticalForAllWritesEmergencyJson() throws Exception {
        TriageOutcome outcome = new HotfixTriage().triage(request("critical", "all", null, 0, false, Map.of()));

        JsonNode json = new ObjectMapper().readTree(Files.readString(output));
        assertThat(outcome.decision().track()).isEqualTo(Track.EMERGENCY_HOTFIX);
        assertThat(json.path("track").asText()).isEqualTo("EMERGENCY_HOTFIX");
        assertThat(json.path("reasons").get(0).asText()).contains("all or most users blocked");
        assertThat(outcome.note()).isEmpty();
    }

    @Test
    void recordNoteStoresDecisionOnHead() throws Exception {
        RevCommit fix = ProcessRepository.hotfix(repository, "login");

        TriageOutcome outcome = new HotfixTriage().triage(request("high", "partial", "defect", 0, true, Map.of()));

        TriageRecord stored = TriageRecord.readFrom(repository.git().getRepository(), fix).orElseThrow();
        assertThat(outcome.noteCommit()).isEqualTo(fix.name());
        assertThat(stored.decision().track()).isEqualTo(Track.FAST_TRACK);
    }

    @Test
    void thresholdComesFromPolicy() throws Exception {
        TriageOutcome belowDefault = new HotfixTriage().triage(request("medium", "none", null, 5_000, false,
                Map.of()));
        TriageOutcome aboveLowered = new HotfixTriage().triage(request("medium", "none", null, 5_000, false,
                Map.of("triage.financialImpactThreshold", "4000")));

        assertThat(belowDefault.decision().track()).isEqualTo(Track.REGULAR_RELEASE);
        assertThat(aboveLowered.decision().track()).isEqualTo(Track.EMERGENCY_HOTFIX);
    }

    @Test
    void featureRequestIsNeverEmergency() throws Exception {
        TriageOutcome outcome = new HotfixTriage().triage(request("critical", "all", "feature-request", 50_000,
                false, Map.of()));

        assertThat(outcome.decision().track()).isEqualTo(Track.REGULAR_RELEASE);
        assertThat(outcome.decision().reasons().get(0)).contains("feature request is never an emergency");
    }

    @Test
    void invalidSeverityWritesNothing() {
        assertThatThrownBy(() -> new HotfixTriage().triage(request("urgent", "all", null, 0, true, Map.of())))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'urgent'")
                .hasMessageContaining("critical, high, medium, low");

        assertThat(output).doesNotExist();
    }

    @Test
    void invalidThresholdIsRejected() {
        assertThatThrownBy(() -> new HotfixTriage().triage(request("low", "none", null, 0, false,
                Map.of("triage.financialImpactThreshold", "0"))))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("triage.financialImpactThreshold is 0 but must be at least 1");
    }

    @Test
    void missingImpactNamesProperty() {
        assertThatThrownBy(() -> new HotfixTriage().triage(request("critical", null, null, 0, false, Map.of())))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Missing user impact. Set it with -Dhotfix.impact to one of: all, partial, none.");
    }

    @Test
    void missingSeverityNamesProperty() {
        assertThatThrownBy(() -> new HotfixTriage().triage(request(" ", "all", null, 0, false, Map.of())))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Missing severity. Set it with -Dhotfix.severity to one of: critical, high, medium,"
                        + " low.");
    }

    @Test
    void invalidRequestKindNamesProperty() {
        assertThatThrownBy(() -> new HotfixTriage().triage(request("low", "none", "chore", 0, false, Map.of())))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("Invalid request kind 'chore'. Set -Dhotfix.requestKind to one of: defect,");
    }

    @Test
    void nonNumericFinancialImpactIsRejected() {
        TriageRequest lots = new TriageRequest(ProcessRepository.settings(repository, Map.of()), "high", "partial",
                false, null, false, false, "lots", false, false, output, false);

        assertThatThrownBy(() -> new HotfixTriage().triage(lots))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'lots'")
                .hasMessageContaining("-Dhotfix.financialImpactPerHour=25000");
        assertThat(output).doesNotExist();
    }

    @Test
    void negativeFinancialImpactIsRejected() {
        assertThatThrownBy(() -> new HotfixTriage().triage(request("high", "partial", null, -5, false, Map.of())))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("Invalid financial impact per hour '-5'.");
    }

    @Test
    void blankFinancialImpactCountsAsZero() throws Exception {
        TriageRequest blank = new TriageRequest(ProcessRepository.settings(repository, Map.of()), "medium", "none",
                false, null, false, false, " ", false, false, output, false);

        TriageOutcome outcome = new HotfixTriage().triage(blank);

        assertThat(outcome.decision().track()).isEqualTo(Track.REGULAR_RELEASE);
    }
}
