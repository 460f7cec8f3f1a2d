package io.github.sfhotfix.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import io.github.sfhotfix.core.sf.ProductionDeploy;
import io.github.sfhotfix.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixDocumentsTest {

    private static final String DEPLOY = "[{\"org\": \"prod\", \"deployId\": \"0Af000000000001\","
            + " \"deployedAt\": \"2026-12-04T10:20:00Z\", \"status\": \"Succeeded\"}]";
    private static final String APPROVAL = "[{\"approver\": \"lead.two@example.com\","
            + " \"time\": \"2026-12-04T10:10:00Z\", \"track\": \"EMERGENCY_HOTFIX\"}]";

    @TempDir
    Path temp;

    private TestRepository repository;
    private RevCommit fix;

    @BeforeEach
    void createRepository() throws Exception {
        repository = TestRepository.withRelease(temp.resolve("repo"));
        fix = ProcessRepository.hotfix(repository, "fee-rounding");
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    private ProcessSettings settings() {
        return ProcessRepository.settings(repository, Map.of());
    }

    @Test
    void changelogAddsNextVersionOnce() throws Exception {
        DocumentOutcome first = new HotfixDocuments().changelog(settings(), null, null, LocalDate.of(2026, 12, 4));
        DocumentOutcome second = new HotfixDocuments().changelog(settings(), null, null, LocalDate.of(2026, 12, 5));

        String text = Files.readString(repository.root().resolve("CHANGELOG.md"));
        assertThat(first.written()).isTrue();
        assertThat(second.written()).isFalse();
        assertThat(text).contains("## [1.2.4] - 2026-12-04\n\n### Fixed\n\n- hotfix: fix fee-rounding\n");
        assertThat(text).doesNotContain("Release 1.2.3");
    }

    @Test
    void rcaTimelineComesFromGit() throws Exception {
        ProcessRepository.note(repository, GitNotes.APPROVALS_REF, fix, APPROVAL);
        ProcessRepository.note(repository, ProductionDeploy.NOTES_REF, fix, DEPLOY);

        DocumentOutcome outcome = new HotfixDocuments().rootCauseAnalysis(settings(), null, null, null,
                "Card fees were truncated.");

        String text = Files.readString(outcome.file());
        assertThat(outcome.file()).isEqualTo(repository.root().resolve("docs/rca/fee-rounding.md"));
        assertThat(text).contains("| Branch `hotfix/fee-rounding` created |");
        assertThat(text).contains("First commit `" + fix.name().substring(0, 7) + "`: hotfix: fix fee-rounding");
        assertThat(text).contains("| 2026-12-04 10:10 UTC | Approved by lead.two@example.com on commit");
        assertThat(text).contains("| 2026-12-04 10:20 UTC | Deployed to production, deploy ID `0Af000000000001` |");
        assertThat(text).contains("Card fees were truncated.");
    }

    @Test
    void existingRcaIsLeftAsIs() throws Exception {
        repository.write("docs/rca/INC-9.md", "# Edited by the team\n");

        DocumentOutcome outcome = new HotfixDocuments().rootCauseAnalysis(settings(), null, null, "INC-9", null);

        assertThat(outcome.written()).isFalse();
        assertThat(Files.readString(outcome.file())).isEqualTo("# Edited by the team\n");
    }

    @Test
    void rcaByTagAfterBranchDeleted() throws Exception {
        RevCommit merge = ProcessRepository.merge(repository, "main", "hotfix/fee-rounding");
        ProcessRepository.releaseTag(repository, "v1.2.4", merge, "hotfix/fee-rounding", ProcessRepository.LEAD);
        repository.git().branchDelete().setBranchNames("hotfix/fee-rounding").setForce(true).call();

        DocumentOutcome outcome = new HotfixDocuments().rootCauseAnalysis(settings(), null, "v1.2.4", null, null);

        String text = Files.readString(outcome.file());
        assertThat(outcome.file().getFileName().toString()).isEqualTo("fee-rounding.md");
        assertThat(text).contains("Tagged `v1.2.4`");
        assertThat(text).contains("hotfix: fix fee-rounding");
    }

    @Test
    void incidentReportNeedsRecordedDeploy() {
        assertThatThrownBy(() -> new HotfixDocuments().incidentReport(settings(), null, null, "INC-9", "oncall",
                temp.resolve("out")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("refs/notes/hotfix-deploys")
                .hasMessageContaining("hotfix:deploy");
    }

    @Test
    void incidentReportTicksGitFacts() throws Exception {
        ProcessRepository.note(repository, ProductionDeploy.NOTES_REF, fix, DEPLOY);
        ProcessRepository.merge(repository, "main", "hotfix/fee-rounding");
        repository.checkout("hotfix/fee-rounding");

        DocumentOutcome outcome = new HotfixDocuments().incidentReport(settings(), null, null, "INC-9", "oncall",
                temp.resolve("out"));

        String text = Files.readString(outcome.file());
        assertThat(outcome.file()).isEqualTo(temp.resolve("out/incident-INC-9.md"));
        assertThat(text).contains("| Deploy ID | `0Af000000000001` |");
        assertThat(text).contains("| Deployed by | oncall |");
        assertThat(text).contains("- [x] Hotfix merged to `main`");
        assertThat(text).contains("- [ ] Hotfix merged to `develop`");
        assertThat(text).contains("- [ ] Full regression passed");
    }

    @Test
    void unknownTagIsRejected() {
        assertThatThrownBy(() -> new HotfixDocuments().changelog(settings(), null, "v9.9.9", LocalDate.now()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Tag 'v9.9.9' not found");
    }
}
