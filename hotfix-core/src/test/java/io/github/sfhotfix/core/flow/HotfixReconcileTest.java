package io.github.sfhotfix.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.validate.FindingLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixReconcileTest {

    @TempDir
    Path root;

    private FlowRepositories repos;

    @BeforeEach
    void createRepositories() throws Exception {
        repos = FlowRepositories.create(root);
    }

    @AfterEach
    void closeRepositories() {
        repos.close();
    }

    private ReconcileResult reconcile(Map<String, String> overrides) throws Exception {
        return new HotfixReconcile().reconcile(new ReconcileRequest(repos.work, null, overrides));
    }

    /** Ships a hotfix to main only: merge and tag v1.2.4, as a finish that never reached develop. */
    private RevCommit shipToMainOnly() throws Exception {
        RevCommit fix = repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        repos.checkout("main");
        repos.git.merge().include(fix).setFastForward(FastForwardMode.NO_FF).setMessage("Merge hotfix").call();
        repos.git.tag().setName("v1.2.4").setAnnotated(true).setMessage("Hotfix").call();
        return fix;
    }

    @Test
    void reconcilePassesAfterFinish() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        new HotfixFinish().finish(FinishRequest.builder(repos.work).build());

        ReconcileResult result = reconcile(Map.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.findings()).isEmpty();
        assertThat(result.missingCommits()).isEmpty();
    }

    @Test
    void tagMissingFromDevelopIsAnError() throws Exception {
        RevCommit fix = shipToMainOnly();

        ReconcileResult result = reconcile(Map.of());

        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).rule()).isEqualTo(HotfixReconcile.MISSING_TAG);
        assertThat(result.errors().get(0).value()).isEqualTo("v1.2.4");
        assertThat(result.missingCommits()).extracting(ReconcileResult.MissingCommit::id).containsExactly(fix.name());
    }

    @Test
    void missingTagPolicyWarningDoesNotFail() throws Exception {
        shipToMainOnly();

        ReconcileResult result = reconcile(Map.of("reconcile.missingTag", "warning"));

        assertThat(result.failed()).isFalse();
        assertThat(result.warnings()).extracting(finding -> finding.level()).containsExactly(FindingLevel.WARNING);
    }

    @Test
    void cherryPickedFixCountsAsPresent() throws Exception {
        RevCommit fix = shipToMainOnly();
        repos.checkout("develop");
        RevCommit copy = repos.git.cherryPick().include(fix).call().getNewHead();

        ReconcileResult result = reconcile(Map.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.missingCommits()).isEmpty();
        assertThat(result.cherryPicked()).containsExactly(
                new ReconcileResult.CherryPick(fix.name(), copy.name(), fix.getShortMessage()));
    }

    @Test
    void untaggedCommitOnMainIsAWarning() throws Exception {
        repos.checkout("main");
        repos.write("NOTES.md", "direct\n");
        RevCommit direct = repos.commit("Edit notes on main");

        ReconcileResult result = reconcile(Map.of());

        assertThat(result.failed()).isFalse();
        assertThat(result.warnings()).hasSize(1);
        assertThat(result.warnings().get(0).rule()).isEqualTo(HotfixReconcile.MISSING_COMMIT);
        assertThat(result.warnings().get(0).value()).isEqualTo(direct.abbreviate(8).name());
    }

    @Test
    void reportsWriteJsonAndMarkdown() throws Exception {
        shipToMainOnly();
        ReconcileResult result = reconcile(Map.of());
        Path summary = root.resolve("summary.md");

        ReconcileReports.write(result, root.resolve("out"), summary);

        assertThat(Files.readString(root.resolve("out").resolve(ReconcileReports.JSON_FILE)))
                .contains("\"result\" : \"failed\"");
        assertThat(Files.readString(summary)).contains("### Hotfix reconcile failed: `main` into `develop`");
    }

    @Test
    void missingIntegrationBranchIsRejected() throws Exception {
        assertThatThrownBy(() -> reconcile(Map.of("integrationBranch", "integration")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Branch 'integration' (integrationBranch) not found");
    }
}
