package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionDeployTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @TempDir
    Path folder;

    Path project;
    Git git;
    RevCommit commit;
    FakeSf fake;
    CommitNotes notes;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void createRepository() throws Exception {
        project = SfProject.create(folder.resolve("project"));
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        commit = git.commit().setMessage("hotfix: correct invoice tax").setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").call();
        fake = new FakeSf(folder);
        notes = new CommitNotes(git, ProductionDeploy.NOTES_REF);
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    private DeployRequest request() {
        return new DeployRequest(project, "prod", List.of(SfProject.CLASS), List.of("InvoiceServiceTest"),
                TestLevel.RUN_SPECIFIED_TESTS, 30);
    }

    private DeployRecord validation(String commitId, String org, Instant at) {
        return new DeployRecord("0Af000000000VAL01", commitId, at.toString(), org, "RunSpecifiedTests",
                List.of("InvoiceServiceTest"));
    }

    @Test
    void recentValidationQuickDeploys() {
        DeployRecord record = validation(commit.name(), "prod", NOW.minus(Duration.ofDays(2)));

        List<String> lines = new ProductionDeploy(fake.runner(), request(), commit.name(), record, notes, clock)
                .describe();

        assertThat(lines).containsExactly(
                "sf project deploy quick --job-id 0Af000000000VAL01 --wait 30 --target-org prod --json");
    }

    @Test
    void oldValidationDeploysWithTests() {
        DeployRecord record = validation(commit.name(), "prod", NOW.minus(Duration.ofDays(10)));
        ProductionDeploy deploy = new ProductionDeploy(fake.runner(), request(), commit.name(), record, notes, clock);

        List<String> lines = deploy.describe();

        assertThat(lines).containsExactly("sf project deploy start --source-dir " + SfProject.CLASS
                + " --test-level RunSpecifiedTests --tests InvoiceServiceTest --wait 30 --target-org prod --json");
        assertThat(deploy.quickDeployObstacle()).hasValueSatisfying(reason -> assertThat(reason).contains("10 days"));
    }

    @Test
    void otherCommitValidationDeploysWithTests() {
        DeployRecord record = validation("0000000000000000000000000000000000000000", "prod", NOW);

        ProductionDeploy deploy = new ProductionDeploy(fake.runner(), request(), commit.name(), record, notes, clock);

        assertThat(deploy.describe().get(0)).startsWith("sf project deploy start");
    }

    @Test
    void otherOrgValidationDeploysWithTests() {
        DeployRecord record = validation(commit.name(), "uat", NOW);

        ProductionDeploy deploy = new ProductionDeploy(fake.runner(), request(), commit.name(), record, notes, clock);

        assertThat(deploy.describe().get(0)).startsWith("sf project deploy start");
    }

    @Test
    void quickDeployRecordsNote() throws Exception {
        fake.answer("project deploy quick", 0, "quick-deploy-succeeded.json");
        DeployRecord record = validation(commit.name(), "prod", NOW.minus(Duration.ofHours(3)));

        DeployOutcome outcome = new ProductionDeploy(fake.runner(), request(), commit.name(), record, notes, clock)
                .run();

        ArrayNode entries = notes.read(commit);
        assertThat(outcome.quickDeploy()).isTrue();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("deployId").asText()).isEqualTo("0Af000000000QCK01");
        assertThat(entries.get(0).get("org").asText()).isEqualTo("prod");
        assertThat(entries.get(0).get("status").asText()).isEqualTo("Succeeded");
        assertThat(entries.get(0).get("deployedAt").asText()).isEqualTo(NOW.toString());
    }

    @Test
    void fullDeployRecordsTestsRun() throws Exception {
        fake.answer("project deploy start", 0, "deploy-succeeded.json");

        DeployOutcome outcome = new ProductionDeploy(fake.runner(), request(), commit.name(), null, notes, clock)
                .run();

        assertThat(outcome.testsRun()).isEqualTo(2);
        assertThat(notes.read(commit).get(0).get("tests").get(0).asText()).isEqualTo("InvoiceServiceTest");
    }

    @Test
    void secondDeployAppendsToNote() throws Exception {
        fake.answer("project deploy start", 0, "deploy-succeeded.json");
        ProductionDeploy deploy = new ProductionDeploy(fake.runner(), request(), commit.name(), null, notes, clock);

        deploy.run();
        deploy.run();

        assertThat(notes.read(commit)).hasSize(2);
    }

    @Test
    void failedDeployIsRecordedAndRejected() throws Exception {
        fake.answer("project deploy start", 1, "deploy-failed.json");
        ProductionDeploy deploy = new ProductionDeploy(fake.runner(), request(), commit.name(), null, notes, clock);

        assertThatThrownBy(deploy::run)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining(SfProject.CLASS + ":8: Invalid type: TaxTable");
        assertThat(notes.read(commit).get(0).get("status").asText()).isEqualTo("Failed");
    }

    @Test
    void clientTimeoutLeavesNoNote() throws Exception {
        fake.answer("project deploy start", 1, "deploy-client-timeout.json");
        ProductionDeploy deploy = new ProductionDeploy(fake.runner(), request(), commit.name(), null, notes, clock);

        assertThatThrownBy(deploy::run)
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("sf project deploy report --job-id 0Af000000000SLOW1");
        assertThat(notes.read(commit)).isEmpty();
    }

    @Test
    void unknownCommitRejectedBeforeSf() {
        ProductionDeploy deploy = new ProductionDeploy(fake.runner(), request(), "feedface", null, notes, clock);

        assertThatThrownBy(deploy::run)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'feedface'");
        assertThat(fake.calls()).isEmpty();
    }
}
