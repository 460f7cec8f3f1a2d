package io.github.sfhotfix.core.pipeline;

import io.github.sfhotfix.core.triage.Track;
import io.github.sfhotfix.core.approval.ApprovalRecorder;
import io.github.sfhotfix.core.approval.ApprovalOptions;
import io.github.sfhotfix.core.approval.Approval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.sf.DeployRecord;
import io.github.sfhotfix.core.sf.FakeSf;
import io.github.sfhotfix.core.sf.ProductionDeploy;
import io.github.sfhotfix.core.sf.RegressionRun;
import io.github.sfhotfix.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.notes.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the Salesforce goals on a real git repository, with the fake sf replying from recorded JSON. */
class SalesforceGoalsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String CLASS = TestRepository.CLASSES + "AccountService.cls";

    @TempDir
    Path folder;

    TestRepository repository;
    FakeSf fake;
    Map<String, String> overrides = new HashMap<>();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void createHotfix() throws Exception {
        repository = TestRepository.withRelease(folder.resolve("repo"));
        repository.checkoutNew("hotfix/fix-count", "v1.2.3");
        repository.writeClass("AccountService",
                "public class AccountService { public static Integer count() { return 2; } }");
        repository.hotfixCommit("count two accounts");
        approve("lead@example.com");
        fake = new FakeSf(Files.createDirectories(folder.resolve("fake")));
        overrides.put("sf.executable", fake.executable().toString());
        overrides.put("sf.targetOrg", "prod");
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    private void approve(String approver) throws Exception {
        new ApprovalRecorder(ApprovalOptions.defaults()).record(repository.git().getRepository(), repository.head(),
                new Approval(approver, NOW, Track.FAST_TRACK));
    }

    private SfGoalRequest request(boolean dryRun, boolean confirm) {
        return new SfGoalRequest(repository.root(), null, overrides, null, fake.environment(), output(), dryRun,
                confirm);
    }

    private SfGoalRequest request() {
        return request(false, false);
    }

    private Path output() {
        return repository.root().resolve("target/hotfix");
    }

    private HotfixDeployment deployment() {
        return new HotfixDeployment(clock);
    }

    private OrgChecks orgChecks() {
        return new OrgChecks(clock, duration -> { });
    }

    @Test
    void checkDeployRecordsValidatedId() throws Exception {
        fake.answer("project deploy validate", 0, "validate-succeeded.json");

        SfGoalReport report = deployment().checkDeploy(request());

        assertThat(fake.calls()).containsExactly(List.of("project", "deploy", "validate", "--source-dir", CLASS,
                "--test-level", "RunSpecifiedTests", "--tests", "AccountServiceTest", "--wait", "33",
                "--target-org", "prod", "--json"));
        DeployRecord record = DeployRecord.read(output().resolve("deploy.json")).orElseThrow();
        assertThat(record.deployId()).isEqualTo("0Af000000000VAL01");
        assertThat(record.commitId()).isEqualTo(repository.head().name());
        assertThat(record.validatedAt()).isEqualTo(NOW.toString());
        assertThat(report.lines()).anyMatch(line -> line.startsWith("Coverage: InvoiceService: Test coverage"));
        assertThat(report.lines()).anyMatch(line -> line.startsWith(
                "Check-only deploy 0Af000000000VAL01 to org prod passed: 2 test(s) ran, 1 coverage warning(s)."));
    }

    @Test
    void checkDeployZeroTestsFails() {
        fake.answer("project deploy validate", 0, "validate-zero-tests.json");

        assertThatThrownBy(() -> deployment().checkDeploy(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("ran zero tests");
        assertThat(output().resolve("deploy.json")).doesNotExist();
    }

    @Test
    void checkDeployFailureListsProblems() {
        fake.answer("project deploy validate", 1, "validate-failed.json")
                .answer("project deploy report", 0, "report-failed.json");

        assertThatThrownBy(() -> deployment().checkDeploy(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Variable does not exist: taxRate")
                .hasMessageContaining("2 component failure(s), 1 test failure(s)");
    }

    @Test
    void checkDeployWithoutOrgRejectedBeforeCli() {
        overrides.remove("sf.targetOrg");

        assertThatThrownBy(() -> deployment().checkDeploy(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("set hotfix.sf.targetOrg");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void checkDeployOnUnfitBranchRejectedBeforeCli() throws Exception {
        repository.writeClass("AccountService", "public class AccountService { }");
        repository.commit("no prefix and no issue");

        assertThatThrownBy(() -> deployment().checkDeploy(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("stopped before contacting the org")
                .hasMessageContaining("[commit-message]");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void checkDeployWithoutTestsUsesFallback() throws Exception {
        repository.writeClass("Untested", "public class Untested { }");
        repository.hotfixCommit("add an untested class");
        overrides.put("tests.fallback", "RunLocalTests");
        fake.answer("project deploy validate", 0, "validate-succeeded.json");

        SfGoalReport report = deployment().checkDeploy(request());

        assertThat(fake.calls().get(0)).containsSubsequence("--test-level", "RunLocalTests").doesNotContain("--tests");
        assertThat(report.lines()).anyMatch(line -> line.contains("no test covers Untested"));
    }

    @Test
    void checkDeployLogsInWithAuthUrl() throws Exception {
        overrides.remove("sf.targetOrg");
        fake.environment("SFDX_AUTH_URL", "force://PlatformCLI::5AepLOGIN@acme.my.salesforce.com")
                .answer("org login sfdx-url", 0, "login-succeeded.json")
                .answer("project deploy validate", 0, "validate-succeeded.json");

        deployment().checkDeploy(request());

        assertThat(fake.calls().get(0)).containsSubsequence("org", "login", "sfdx-url").contains("hotfix-org");
        assertThat(fake.calls().get(1)).containsSubsequence("--target-org", "hotfix-org");
    }

    @Test
    void deployDryRunPrintsCommands() throws Exception {
        SfGoalReport report = deployment().deploy(request(true, false));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.lines()).contains("  sf project deploy start --source-dir " + CLASS
                + " --test-level RunSpecifiedTests --tests AccountServiceTest --wait 33 --target-org prod --json");
        assertThat(report.lines()).anyMatch(line -> line.contains("because no validation record exists"));
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void deployAfterValidationQuickDeploys() throws Exception {
        fake.answer("project deploy validate", 0, "validate-succeeded.json")
                .answer("project deploy quick", 0, "quick-deploy-succeeded.json");
        deployment().checkDeploy(request());

        deployment().deploy(request());

        assertThat(fake.calls().get(1)).containsExactly("project", "deploy", "quick", "--job-id",
                "0Af000000000VAL01", "--wait", "33", "--target-org", "prod", "--json");
        assertThat(note(ProductionDeploy.NOTES_REF)).contains("\"deployId\":\"0Af000000000QCK01\"")
                .contains("\"quickDeploy\":true");
    }

    @Test
    void deployOfStaleValidationRunsTests() throws Exception {
        fake.answer("project deploy validate", 0, "validate-succeeded.json")
                .answer("project deploy start", 0, "deploy-succeeded.json");
        new HotfixDeployment(Clock.fixed(NOW.minus(Duration.ofDays(3)), ZoneOffset.UTC)).checkDeploy(request());
        overrides.put("deploy.maxValidationAgeDays", "2");

        SfGoalReport report = deployment().deploy(request());

        assertThat(fake.calls().get(1)).startsWith("project", "deploy", "start");
        assertThat(report.lines()).anyMatch(line -> line.contains("is older than 2 days"));
    }

    @Test
    void deployFailureRecordedAndRejected() throws Exception {
        fake.answer("project deploy start", 1, "validate-failed.json")
                .answer("project deploy report", 0, "report-failed.json");

        assertThatThrownBy(() -> deployment().deploy(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Variable does not exist: taxRate");
        assertThat(note(ProductionDeploy.NOTES_REF)).contains("\"status\":\"Failed\"");
    }

    @Test
    void scanPassesBelowThreshold() throws Exception {
        fake.answer("code-analyzer run", 0, "code-analyzer-moderate.json");

        SfGoalReport report = deployment().scan(request());

        assertThat(fake.calls().get(0)).containsSubsequence("code-analyzer", "run", "--target", CLASS);
        assertThat(report.lines()).anyMatch(line -> line.startsWith("Code scan passed: 1 file(s)"));
    }

    @Test
    void scanFailsOnCriticalViolation() {
        fake.answer("code-analyzer run", 0, "code-analyzer-findings.json");

        assertThatThrownBy(() -> deployment().scan(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("ApexSOQLInjection");
    }

    @Test
    void scanFailsWhenNothingScanned() {
        fake.answer("code-analyzer run", 0, "code-analyzer-no-engine.json");

        assertThatThrownBy(() -> deployment().scan(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("scanned zero files");
    }

    @Test
    void smokeReportsOneLinePerCheck() throws Exception {
        overrides.put("smoke.checks", "org; count: SELECT COUNT() FROM Account >= 1; errors: SELECT COUNT() FROM"
                + " Log__c warn > 5");
        fake.answer("org display", 0, "org-display.json")
                .answer("data query", 0, "query-count-12.json")
                .answer("data query", 0, "query-count-7.json");

        SfGoalReport report = orgChecks().smoke(request());

        assertThat(report.lines()).contains("PASSED SELECT COUNT() FROM Account: 12 (expected at least 1)");
        assertThat(report.lines()).contains("WARNING SELECT COUNT() FROM Log__c: 7 (above the warning"
                + " threshold of 5)");
        assertThat(report.lines()).anyMatch(line -> line.startsWith("Smoke checks passed on org prod: 3 check(s)"));
    }

    @Test
    void smokeCountBelowExpectationFails() {
        overrides.put("smoke.checks", "count: SELECT COUNT() FROM Account >= 1");
        fake.answer("data query", 0, "query-count-0.json");

        assertThatThrownBy(() -> orgChecks().smoke(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("FAILED SELECT COUNT() FROM Account: 0 (expected at least 1)");
    }

    @Test
    void smokeInvalidCheckNamesEntry() {
        overrides.put("smoke.checks", "count: SELECT COUNT() FROM Account");

        assertThatThrownBy(() -> orgChecks().smoke(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Smoke check 'count: SELECT COUNT() FROM Account' (property"
                        + " hotfix.smoke.checks");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void monitorStopsAboveThreshold() {
        overrides.put("monitor.query", "SELECT COUNT() FROM Error_Log__c");
        overrides.put("monitor.threshold", "5");
        fake.answer("data query", 0, "query-count-2.json")
                .answer("data query", 0, "query-count-7.json")
                .answer("data query", 0, "query-count-0.json");

        assertThatThrownBy(() -> orgChecks().monitor(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("found 7 failures at check 2/10")
                .hasMessageContaining("mvn hotfix:rollback -Dhotfix.confirm=true -Dhotfix.sf.targetOrg=prod");
        assertThat(fake.calls()).hasSize(2);
    }

    @Test
    void monitorPassesWithProgress() throws Exception {
        overrides.put("monitor.query", "SELECT COUNT() FROM Error_Log__c");
        overrides.put("monitor.iterations", "2");
        fake.answer("data query", 0, "query-count-0.json");

        SfGoalReport report = orgChecks().monitor(request());

        assertThat(report.lines()).contains("1/2 failures: 0 (threshold 0)", "2/2 failures: 0 (threshold 0)");
    }

    @Test
    void monitorWithoutQueryRejected() {

        assertThatThrownBy(() -> orgChecks().monitor(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("monitor.query is not set");
    }

    @Test
    void regressionRecordsNote() throws Exception {
        fake.answer("apex run test", 0, "apex-test-passed.json");

        SfGoalReport report = orgChecks().regression(request());

        assertThat(fake.calls().get(0)).containsExactly("apex", "run", "test", "--test-level", "RunLocalTests",
                "--code-coverage", "--result-format", "json", "--wait", "33", "--target-org", "prod", "--json");
        assertThat(report.lines()).anyMatch(line -> line.startsWith("Regression passed on org prod: 3 test(s)"));
        assertThat(note(RegressionRun.NOTES_REF)).contains("\"orgWideCoverage\":81");
    }

    @Test
    void regressionLowCoverageFails() {
        overrides.put("regression.coverage", "90");
        fake.answer("apex run test", 0, "apex-test-passed.json");

        assertThatThrownBy(() -> orgChecks().regression(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("org-wide coverage 81% (minimum 90%)");
    }

    @Test
    void rollbackWithoutConfirmOnlyShowsPlan() throws Exception {
        SfGoalReport report = new HotfixRollback().rollback(request());

        assertThat(report.lines()).anyMatch(line -> line.startsWith("Rollback plan for org prod to v1.2.3"));
        assertThat(report.lines()).contains("  sf project deploy start --test-level RunSpecifiedTests --tests"
                + " AccountServiceTest --wait 33 --target-org prod --json --source-dir " + CLASS);
        assertThat(fake.calls()).isEmpty();
        assertThat(output().resolve("rollback")).doesNotExist();
    }

    @Test
    void rollbackWithConfirmDeploysTagVersion() throws Exception {
        fake.answer("project deploy start", 0, "deploy-succeeded.json");

        new HotfixRollback().rollback(request(false, true));

        assertThat(fake.calls()).hasSize(1);
        assertThat(Files.readString(output().resolve("rollback").resolve(CLASS))).contains("return 1;");
    }

    @Test
    void brokenCliIsEnvironmentFailure() {
        fake.answer("project deploy validate", 10, "network-offline.json");

        assertThatThrownBy(() -> deployment().checkDeploy(request()))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 10");
    }

    @Test
    void deployWithoutApprovalOfHeadIsRejected() throws Exception {
        repository.writeClass("AccountService",
                "public class AccountService { public static Integer count() { return 3; } }");
        repository.hotfixCommit("count three accounts");

        assertThatThrownBy(() -> deployment().deploy(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("Deploy stopped before contacting the org:")
                .hasMessageContaining("Older commits of this branch have 1 approval that no longer counts");

        assertThat(fake.calls()).isEmpty();
    }

    private String note(String notesRef) throws Exception {
        Git git = repository.git();
        Note note = git.notesShow().setNotesRef(notesRef)
                .setObjectId(git.getRepository().parseCommit(repository.head())).call();
        assertThat(note).as("note in %s", notesRef).isNotNull();
        return new String(git.getRepository().open(note.getData()).getBytes()).replaceAll("\\s", "");
    }
}
