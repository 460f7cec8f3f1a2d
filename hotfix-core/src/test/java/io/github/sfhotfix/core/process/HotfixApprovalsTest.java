package io.github.sfhotfix.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.testing.TestRepository;
import io.github.sfhotfix.core.triage.Track;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixApprovalsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path temp;

    private TestRepository repository;

    @BeforeEach
    void createRepository() throws Exception {
        repository = TestRepository.withRelease(temp.resolve("repo"));
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    private ProcessSettings settings(Map<String, String> overrides) {
        return ProcessRepository.settings(repository, overrides);
    }

    private void triage(String severity, String impact) throws Exception {
        new HotfixTriage().triage(new TriageRequest(settings(Map.of()), severity, impact, false, null, false, false,
                "0", false, false, temp.resolve("triage.json"), true));
    }

    @Test
    void approvalOfHeadPassesGate() throws Exception {
        ProcessRepository.hotfix(repository, "login");

        ApproveOutcome approved = new HotfixApprovals().approve(settings(Map.of()), "lead.two@example.com", NOW);
        GateOutcome gate = new HotfixApprovals().check(settings(Map.of()));

        assertThat(approved.recorded().added()).isTrue();
        assertThat(approved.track().track()).isEqualTo(Track.FAST_TRACK);
        assertThat(approved.track().fromTriage()).isFalse();
        assertThat(gate.passed()).isTrue();
    }

    @Test
    void authorCannotApprove() throws Exception {
        ProcessRepository.hotfix(repository, "login");

        assertThatThrownBy(() -> new HotfixApprovals().approve(settings(Map.of()), "dev.one@example.com", NOW))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("the approver is the commit's author");
    }

    @Test
    void approvalOfOlderCommitIsStale() throws Exception {
        ProcessRepository.hotfix(repository, "login");
        new HotfixApprovals().approve(settings(Map.of()), "lead.two@example.com", NOW);
        repository.writeClass("AccountService", "public class AccountService { /* again */ }");
        repository.hotfixCommit("fix the fix");

        GateOutcome gate = new HotfixApprovals().check(settings(Map.of()));

        assertThat(gate.passed()).isFalse();
        assertThat(gate.check().staleApprovals()).isEqualTo(1);
        assertThat(gate.check().message()).contains("no longer count");
    }

    @Test
    void approverOffTheListIsRejected() throws Exception {
        ProcessRepository.hotfix(repository, "login");

        assertThatThrownBy(() -> new HotfixApprovals().approve(
                settings(Map.of("approval.approvers", "lead.two@example.com")), "intern@example.com", NOW))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'intern@example.com'")
                .hasMessageContaining("not on the list of allowed approvers");
    }

    @Test
    void missingApproverIsRejected() throws Exception {
        ProcessRepository.hotfix(repository, "login");

        assertThatThrownBy(() -> new HotfixApprovals().approve(settings(Map.of()), " ", NOW))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("-Dhotfix.approver=");
    }

    @Test
    void triageNoteSetsRequiredApprovals() throws Exception {
        ProcessRepository.hotfix(repository, "report-layout");
        triage("medium", "partial");
        new HotfixApprovals().approve(settings(Map.of()), "lead.two@example.com", NOW);

        GateOutcome gate = new HotfixApprovals().check(settings(Map.of()));

        assertThat(gate.track().track()).isEqualTo(Track.REGULAR_RELEASE);
        assertThat(gate.track().fromTriage()).isTrue();
        assertThat(gate.passed()).isFalse();
        assertThat(gate.check().message()).contains("1 of 2 required approvals for the regular release track");
    }

    @Test
    void triageOnStartCommitIsFoundLater() throws Exception {
        repository.checkoutNew("hotfix/login", "v1.2.3");
        triage("critical", "all");
        repository.writeClass("AccountService", "public class AccountService { /* login */ }");
        repository.hotfixCommit("restore login");

        GateOutcome gate = new HotfixApprovals().check(settings(Map.of()));

        assertThat(gate.track().track()).isEqualTo(Track.EMERGENCY_HOTFIX);
        assertThat(gate.track().source()).startsWith("the triage note on commit");
    }

    @Test
    void trackOverrideRaisesApprovals() throws Exception {
        ProcessRepository.hotfix(repository, "login");
        Map<String, String> overrides = Map.of("tracks.fastTrack.minimumApprovals", "2");
        new HotfixApprovals().approve(settings(overrides), "lead.two@example.com", NOW);

        GateOutcome gate = new HotfixApprovals().check(settings(overrides));

        assertThat(gate.check().required()).isEqualTo(2);
        assertThat(gate.passed()).isFalse();
    }
}
