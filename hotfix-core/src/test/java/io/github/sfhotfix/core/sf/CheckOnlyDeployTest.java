package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckOnlyDeployTest {

    @TempDir
    Path folder;

    Path project;
    FakeSf fake;

    @BeforeEach
    void createProject() throws Exception {
        project = SfProject.create(folder.resolve("project"));
        fake = new FakeSf(folder);
    }

    private DeployRequest request(List<String> tests) {
        return new DeployRequest(project, "validation", List.of(SfProject.CLASS, SfProject.TRIGGER), tests,
                TestLevel.RUN_SPECIFIED_TESTS, 20);
    }

    @Test
    void validationBuildsCommandLine() {
        CheckOnlyDeploy deploy = new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest")));

        List<String> lines = deploy.describe();

        assertThat(lines).containsExactly("sf project deploy validate --source-dir " + SfProject.CLASS
                + " --source-dir " + SfProject.TRIGGER + " --test-level RunSpecifiedTests --tests InvoiceServiceTest"
                + " --wait 20 --target-org validation --json");
    }

    @Test
    void successReturnsOutcomeWithWarnings() throws Exception {
        fake.answer("project deploy validate", 0, "validate-succeeded.json");

        ValidationOutcome outcome = new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run();

        assertThat(outcome.deployId()).isEqualTo("0Af000000000VAL01");
        assertThat(outcome.testsRun()).isEqualTo(2);
        assertThat(outcome.coverageWarnings()).singleElement().asString().contains("InvoiceService: Test coverage");
        assertThat(fake.lastWorkingDirectory()).isEqualTo(project.toRealPath().toString());
    }

    @Test
    void failedValidationListsAllFailures() {
        fake.answer("project deploy validate", 1, "validate-failed.json")
                .answer("project deploy report", 0, "report-failed.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("0Af000000000FAIL1")
                .hasMessageContaining(SfProject.CLASS + ":27: Variable does not exist: taxRate")
                .hasMessageContaining(SfProject.TRIGGER + ":4: Method does not exist")
                .hasMessageContaining("InvoiceServiceTest.totalsIncludeTax: System.AssertException")
                .hasMessageContaining("2 component failure(s), 1 test failure(s)");
    }

    @Test
    void failedValidationFetchesReportById() throws Exception {
        fake.answer("project deploy validate", 1, "validate-failed.json")
                .answer("project deploy report", 0, "report-failed.json");

        try {
            new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run();
        } catch (RejectedInputException expected) {
            // the failure is asserted above; this test checks the follow-up call
        }

        assertThat(fake.calls().get(1)).containsSequence("project", "deploy", "report", "--job-id",
                "0Af000000000FAIL1");
    }

    @Test
    void singleObjectFailureIsRead() {
        fake.answer("project deploy validate", 1, "validate-failed.json")
                .answer("project deploy report", 0, "report-failed-no-tests.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining(SfProject.CLASS + ":3: Unexpected token 'publc'.");
    }

    @Test
    void zeroTestsRunIsRejected() {
        fake.answer("project deploy validate", 0, "validate-zero-tests.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("ran zero tests")
                .hasMessageContaining("InvoiceServiceTest");
    }

    @Test
    void clientTimeoutNamesReportCommand() {
        fake.answer("project deploy validate", 1, "deploy-client-timeout.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("still running")
                .hasMessageContaining("sf project deploy report --job-id 0Af000000000SLOW1 --target-org validation");
    }

    @Test
    void networkFailureIsEnvironmentError() {
        fake.answer("project deploy validate", 10, "network-offline.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 10")
                .hasMessageContaining("fetch failed");
    }

    @Test
    void serverErrorIsEnvironmentError() {
        fake.answer("project deploy validate", 20, "server-error.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 20")
                .hasMessageContaining("internal server error");
    }

    @Test
    void flagErrorIsEnvironmentError() {
        fake.answer("project deploy validate", 2, "nonexistent-flag.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 2")
                .hasMessageContaining("Nonexistent flag");
    }

    @Test
    void unknownOrgIsRejected() {
        fake.answer("project deploy validate", 2, "unknown-org.json");

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'validation'")
                .hasMessageContaining("sf org login web --alias validation");
    }

    @Test
    void specifiedTestsWithoutTestsRejectedBeforeSf() {
        CheckOnlyDeploy deploy = new CheckOnlyDeploy(fake.runner(), request(List.of()));

        assertThatThrownBy(deploy::run)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("RunSpecifiedTests needs at least one test class");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void allBadInputsReportedTogether() {
        DeployRequest bad = new DeployRequest(project, " ", List.of("../outside.cls", "force-app/missing.cls"),
                List.of("Bad Name"), TestLevel.RUN_SPECIFIED_TESTS, 0);

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), bad).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("target org is blank")
                .hasMessageContaining("'../outside.cls' is not inside the project")
                .hasMessageContaining("'force-app/missing.cls' does not exist")
                .hasMessageContaining("Invalid Apex test name 'Bad Name'")
                .hasMessageContaining("wait of 0 minutes");
    }

    @Test
    void noTestRunRejectedForValidation() {
        DeployRequest noTests = new DeployRequest(project, "validation", List.of(SfProject.CLASS), List.of(),
                TestLevel.NO_TEST_RUN, 10);

        assertThatThrownBy(() -> new CheckOnlyDeploy(fake.runner(), noTests).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("NoTestRun");
    }

    @Test
    void localTestsLevelPassesNoTests() {
        DeployRequest local = new DeployRequest(project, "validation", List.of(SfProject.CLASS), List.of(),
                TestLevel.RUN_LOCAL_TESTS, 10);

        List<String> lines = new CheckOnlyDeploy(fake.runner(), local).describe();

        assertThat(lines.get(0)).contains("--test-level RunLocalTests --wait 10").doesNotContain("--tests");
    }

    @Test
    void recordRoundTripsThroughFile() throws Exception {
        fake.answer("project deploy validate", 0, "validate-succeeded.json");
        ValidationOutcome outcome = new CheckOnlyDeploy(fake.runner(), request(List.of("InvoiceServiceTest"))).run();
        Path file = project.resolve("target/hotfix/deploy.json");

        outcome.toRecord("abc123", Instant.parse("2026-01-02T03:04:05Z")).write(file);
        DeployRecord read = DeployRecord.read(file).orElseThrow();

        assertThat(read).isEqualTo(new DeployRecord("0Af000000000VAL01", "abc123", "2026-01-02T03:04:05Z",
                "validation", "RunSpecifiedTests", List.of("InvoiceServiceTest")));
    }
}
