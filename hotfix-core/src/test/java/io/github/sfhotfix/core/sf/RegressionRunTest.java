package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionRunTest {

    @TempDir
    Path folder;

    Git git;
    RevCommit commit;
    FakeSf fake;
    CommitNotes notes;
    Clock clock = Clock.fixed(Instant.parse("2026-03-11T08:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void createRepository() throws Exception {
        Path project = SfProject.create(folder.resolve("project"));
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        commit = git.commit().setMessage("Merge hotfix").setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").call();
        fake = new FakeSf(folder);
        notes = new CommitNotes(git, RegressionRun.NOTES_REF);
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    private RegressionRun regression() {
        return new RegressionRun(fake.runner(), "prod", 60, 75, commit.name(), notes, clock);
    }

    @Test
    void commandRunsLocalTestsWithCoverage() {
        List<String> lines = regression().describe();

        assertThat(lines).containsExactly("sf apex run test --test-level RunLocalTests --code-coverage"
                + " --result-format json --wait 60 --target-org prod --json");
    }

    @Test
    void passingRunIsRecorded() throws Exception {
        fake.answer("apex run test", 0, "apex-test-passed.json");

        RegressionOutcome outcome = regression().run();

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.testsRan()).isEqualTo(3);
        assertThat(outcome.orgWideCoverage()).isEqualTo(81);
        assertThat(notes.read(commit).get(0).get("testRunId").asText()).isEqualTo("707000000000RUN1");
    }

    @Test
    void failingTestsAreListed() {
        fake.answer("apex run test", 100, "apex-test-failed.json");

        assertThatThrownBy(() -> regression().run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("2 failed")
                .hasMessageContaining("InvoiceServiceTest.totals: System.AssertException: Assertion Failed")
                .hasMessageContaining("BrokenTest.compiles: Invalid type: Missing");
    }

    @Test
    void failingRunIsRecordedToo() throws Exception {
        fake.answer("apex run test", 100, "apex-test-failed.json");

        try {
            regression().run();
        } catch (RejectedInputException expected) {
            // the failure message is asserted in failingTestsAreListed
        }

        assertThat(notes.read(commit).get(0).get("passed").asBoolean()).isFalse();
    }

    @Test
    void lowCoverageFails() {
        fake.answer("apex run test", 0, "apex-test-low-coverage.json");

        assertThatThrownBy(() -> regression().run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("org-wide coverage 68% (minimum 75%)");
    }

    @Test
    void zeroTestsFails() {
        fake.answer("apex run test", 0, "apex-test-none.json");

        assertThatThrownBy(() -> regression().run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("No test ran");
    }

    @Test
    void networkFailureIsEnvironmentError() throws Exception {
        fake.answer("apex run test", 10, "network-offline.json");

        assertThatThrownBy(() -> regression().run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 10");
        assertThat(notes.read(commit)).isEmpty();
    }

    @Test
    void percentParsesCliStrings() {
        assertThat(RegressionRun.percent("78%")).isEqualTo(78);
        assertThat(RegressionRun.percent("74.9%")).isEqualTo(74);
        assertThat(RegressionRun.percent("n/a")).isEqualTo(-1);
    }

    @Test
    void zeroWaitIsRejected() {
        RegressionRun run = new RegressionRun(fake.runner(), "prod", 0, 75, commit.name(), notes, clock);

        assertThatThrownBy(run::run)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("hotfix.sf.waitMinutes");
        assertThat(fake.calls()).isEmpty();
    }
}
