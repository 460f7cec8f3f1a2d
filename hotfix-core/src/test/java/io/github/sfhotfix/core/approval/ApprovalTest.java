package io.github.sfhotfix.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.triage.Track;
import io.github.sfhotfix.core.triage.TrackPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");
    private static final TrackPolicy EMERGENCY = TrackPolicy.defaultFor(Track.EMERGENCY_HOTFIX);
    private static final TrackPolicy REGULAR = TrackPolicy.defaultFor(Track.REGULAR_RELEASE);

    @TempDir
    Path temp;

    private Git git;
    private RevCommit fix;
    private final ApprovalRecorder recorder = new ApprovalRecorder(ApprovalOptions.defaults());
    private final ApprovalGate gate = new ApprovalGate(ApprovalOptions.defaults());

    @BeforeEach
    void createRepository() throws Exception {
        git = Git.init().setDirectory(temp.resolve("repo").toFile()).setInitialBranch("main").call();
        fix = commit("PaymentService.cls", "hotfix: guard null configuration");
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    @Test
    void recorderAddsApprovalNote() throws Exception {
        RecordedApproval recorded = recorder.record(git.getRepository(), fix, approval("lead@example.com"));

        assertThat(recorded.added()).isTrue();
        assertThat(git.notesShow().setNotesRef(GitNotes.APPROVALS_REF).setObjectId(fix).call()).isNotNull();
    }

    @Test
    void recorderRejectsAuthorByEmail() {
        assertThatThrownBy(() -> recorder.record(git.getRepository(), fix, approval("DEV@example.com")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Rejected approval of commit " + fix.abbreviate(7).name() + " by 'DEV@example.com': the"
                        + " approver is the commit's author (Dev Author <dev@example.com>), and authors cannot"
                        + " approve their own hotfix. Ask another approver.");
    }

    @Test
    void recorderRejectsAuthorByName() throws Exception {
        assertThatThrownBy(() -> recorder.record(git.getRepository(), fix, approval("dev author")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("authors cannot approve their own hotfix");
        assertThat(git.getRepository().exactRef(GitNotes.APPROVALS_REF)).isNull();
    }

    @Test
    void recorderRejectsUnknownApprover() throws Exception {
        ApprovalRecorder restricted = new ApprovalRecorder(
                ApprovalOptions.defaults().withAllowedApprovers(List.of("lead@example.com", "oncall@example.com")));

        assertThatThrownBy(() -> restricted.record(git.getRepository(), fix, approval("intern@example.com")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Rejected approval of commit " + fix.abbreviate(7).name() + " by 'intern@example.com':"
                        + " not on the list of allowed approvers (lead@example.com, oncall@example.com). Ask one of"
                        + " them, or add the approver to the list in the configuration.");
        assertThat(git.getRepository().exactRef(GitNotes.APPROVALS_REF)).isNull();
    }

    @Test
    void recorderAcceptsListedApproverIgnoringCase() throws Exception {
        ApprovalRecorder restricted = new ApprovalRecorder(
                ApprovalOptions.defaults().withAllowedApprovers(List.of("Lead@Example.com")));

        RecordedApproval recorded = restricted.record(git.getRepository(), fix, approval("lead@example.com"));

        assertThat(recorded.added()).isTrue();
    }

    @Test
    void recorderRejectsBlankApprover() {
        assertThatThrownBy(() -> recorder.record(git.getRepository(), fix, approval("  ")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Missing approver for commit");
    }

    @Test
    void duplicateApproverCountsOnce() throws Exception {
        recorder.record(git.getRepository(), fix, approval("lead@example.com"));

        RecordedApproval second = recorder.record(git.getRepository(), fix, approval("LEAD@example.com"));
        ApprovalCheck check = gate.check(git.getRepository(), fix, REGULAR);

        assertThat(second.added()).isFalse();
        assertThat(second.approvals()).hasSize(1);
        assertThat(check.approvers()).containsExactly("lead@example.com");
        assertThat(check.passed()).isFalse();
    }

    @Test
    void secondApproverAppendsToNote() throws Exception {
        recorder.record(git.getRepository(), fix, approval("lead@example.com"));

        RecordedApproval second = recorder.record(git.getRepository(), fix, approval("oncall@example.com"));

        assertThat(second.approvals()).extracting(Approval::approver)
                .containsExactly("lead@example.com", "oncall@example.com");
    }

    @Test
    void gatePassesWithEnoughApprovals() throws Exception {
        recorder.record(git.getRepository(), fix, approval("lead@example.com"));
        recorder.record(git.getRepository(), fix, approval("oncall@example.com"));

        ApprovalCheck check = gate.check(git.getRepository(), fix, REGULAR);

        assertThat(check.passed()).isTrue();
        assertThat(check.message()).isEqualTo("Commit " + fix.abbreviate(7).name() + " has 2 of 2 required"
                + " approvals for the regular release track (lead@example.com, oncall@example.com).");
    }

    @Test
    void gateFailsWithoutApprovals() throws Exception {
        ApprovalCheck check = gate.check(git.getRepository(), fix, EMERGENCY);

        assertThat(check.passed()).isFalse();
        assertThat(check.message()).isEqualTo("Commit " + fix.abbreviate(7).name() + " has 0 of 1 required"
                + " approval for the emergency hotfix track. Ask 1 more approver to approve commit "
                + fix.abbreviate(7).name() + ".");
    }

    @Test
    void approvalOfOlderCommitIsStale() throws Exception {
        recorder.record(git.getRepository(), fix, approval("lead@example.com"));
        RevCommit amended = commit("PaymentServiceTest.cls", "hotfix: add regression test");

        ApprovalCheck check = gate.check(git.getRepository(), amended, EMERGENCY);

        assertThat(check.passed()).isFalse();
        assertThat(check.staleApprovals()).isEqualTo(1);
        assertThat(check.message()).contains("Older commits of this branch have 1 approval that no longer counts");
    }

    @Test
    void gateIgnoresHandWrittenSelfApproval() throws Exception {
        String note = "[{\"approver\": \"dev@example.com\", \"time\": \"2026-12-04T12:00:00Z\","
                + " \"track\": \"EMERGENCY_HOTFIX\"}]";
        git.notesAdd().setNotesRef(GitNotes.APPROVALS_REF).setObjectId(fix).setMessage(note).call();

        ApprovalCheck check = gate.check(git.getRepository(), fix, EMERGENCY);

        assertThat(check.passed()).isFalse();
        assertThat(check.ignoredApprovers()).containsExactly("dev@example.com");
    }

    @Test
    void gateRejectsInvalidNote() throws Exception {
        git.notesAdd().setNotesRef(GitNotes.APPROVALS_REF).setObjectId(fix).setMessage("approved!").call();

        assertThatThrownBy(() -> gate.check(git.getRepository(), fix, EMERGENCY))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Invalid approvals in the note on commit " + fix.name())
                .hasMessageContaining("git notes --ref hotfix-approvals edit " + fix.name());
    }

    private Approval approval(String approver) {
        return new Approval(approver, NOON, Track.EMERGENCY_HOTFIX);
    }

    private RevCommit commit(String file, String message) throws Exception {
        Files.writeString(temp.resolve("repo").resolve(file), message + "\n");
        git.add().addFilepattern(file).call();
        return git.commit().setMessage(message).setAuthor("Dev Author", "dev@example.com")
                .setCommitter("Dev Author", "dev@example.com").call();
    }
}
