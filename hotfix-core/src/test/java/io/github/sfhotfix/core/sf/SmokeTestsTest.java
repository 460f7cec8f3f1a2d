package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTestsTest {

    private static final Path SCRIPT = Path.of("scripts/apex/smoke.apex");

    @TempDir
    Path folder;

    Path project;
    FakeSf fake;

    @BeforeEach
    void createProject() throws Exception {
        project = SfProject.create(folder.resolve("project"));
        SfProject.write(project, SCRIPT.toString(), "System.debug('ok');\n");
        fake = new FakeSf(folder);
    }

    private SmokeReport run(SmokeCheck... checks) throws Exception {
        return new SmokeTests(fake.runner(), "prod", project, List.of(checks)).run();
    }

    @Test
    void reachableOrgShowsUsername() throws Exception {
        fake.answer("org display", 0, "org-display.json");

        SmokeReport report = run(new SmokeCheck.OrgReachable());

        assertThat(report.lines()).containsExactly("PASSED org reachable: release@example.com (Connected)");
    }

    @Test
    void offlineOrgDisplayFails() throws Exception {
        fake.answer("org display", 0, "org-display-offline.json");

        SmokeReport report = run(new SmokeCheck.OrgReachable());

        assertThat(report.lines()).containsExactly("FAILED org reachable: release@example.com (fetch failed)");
    }

    @Test
    void unreachableOrgSkipsRest() throws Exception {
        fake.answer("org display", 10, "network-offline.json");

        SmokeReport report = run(new SmokeCheck.OrgReachable(),
                new SmokeCheck.RecordCount("accounts", "SELECT COUNT() FROM Account", 1, null));

        assertThat(report.passed()).isFalse();
        assertThat(report.lines().get(0)).startsWith("FAILED org reachable: exit code 10");
        assertThat(report.lines().get(1)).isEqualTo("SKIPPED accounts: - (org not reachable)");
    }

    @Test
    void countWithinBoundsPasses() throws Exception {
        fake.answer("data query", 0, "query-count-1532.json");

        SmokeReport report = run(new SmokeCheck.RecordCount("accounts", "SELECT COUNT() FROM Account", 1000, 2000));

        assertThat(report.lines()).containsExactly("PASSED accounts: 1532 (expected at least 1000, at most 2000)");
    }

    @Test
    void countBelowMinimumFails() throws Exception {
        fake.answer("data query", 0, "query-count-3.json");

        SmokeReport report = run(new SmokeCheck.RecordCount("accounts", "SELECT COUNT() FROM Account", 10, null));

        assertThat(report.lines()).containsExactly("FAILED accounts: 3 (expected at least 10)");
        assertThatThrownBy(report::requirePassed)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("FAILED accounts: 3");
    }

    @Test
    void countAboveMaximumFails() throws Exception {
        fake.answer("data query", 0, "query-count-12.json");

        SmokeReport report = run(new SmokeCheck.RecordCount("stuck jobs", "SELECT COUNT() FROM AsyncApexJob", null, 5));

        assertThat(report.lines()).containsExactly("FAILED stuck jobs: 12 (expected at most 5)");
    }

    @Test
    void countQueryPassesSoqlAsOneArgument() throws Exception {
        fake.answer("data query", 0, "query-count-3.json");

        run(new SmokeCheck.RecordCount("accounts", "SELECT COUNT() FROM Account", 1, null));

        assertThat(fake.calls().get(0)).containsExactly("data", "query", "--query", "SELECT COUNT() FROM Account",
                "--target-org", "prod", "--json");
    }

    @Test
    void malformedQueryIsRejected() {
        fake.answer("data query", 1, "query-malformed.json");

        assertThatThrownBy(() -> run(new SmokeCheck.RecordCount("accounts", "SELECT COUNT() FORM Account", 1, null)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("SELECT COUNT() FORM Account")
                .hasMessageContaining("smoke check accounts");
    }

    @Test
    void errorCountAboveThresholdWarns() throws Exception {
        fake.answer("data query", 0, "query-count-7.json");

        SmokeReport report = run(new SmokeCheck.ErrorCount("error logs", "SELECT COUNT() FROM Error_Log__c", 5));

        assertThat(report.lines()).containsExactly("WARNING error logs: 7 (above the warning threshold of 5)");
        assertThat(report.passed()).isTrue();
    }

    @Test
    void errorCountBelowThresholdPasses() throws Exception {
        fake.answer("data query", 0, "query-count-2.json");

        SmokeReport report = run(new SmokeCheck.ErrorCount("error logs", "SELECT COUNT() FROM Error_Log__c", 5));

        assertThat(report.lines()).containsExactly("PASSED error logs: 2 (at most 5)");
    }

    @Test
    void apexScriptSucceeds() throws Exception {
        fake.answer("apex run", 0, "apex-run-succeeded.json");

        SmokeReport report = run(new SmokeCheck.AnonymousApex("apex smoke", SCRIPT));

        assertThat(report.lines()).containsExactly("PASSED apex smoke: ran (scripts/apex/smoke.apex)");
        assertThat(fake.calls().get(0)).containsSequence("apex", "run", "--file", "scripts/apex/smoke.apex");
    }

    @Test
    void apexCompileFailureShowsPosition() throws Exception {
        fake.answer("apex run", 1, "apex-run-compile-failure.json");

        SmokeReport report = run(new SmokeCheck.AnonymousApex("apex smoke", SCRIPT));

        assertThat(report.lines()).containsExactly(
                "FAILED apex smoke: compile failure (scripts/apex/smoke.apex:2:7: Unexpected token 'Strin'.)");
    }

    @Test
    void apexRuntimeFailureShowsPosition() throws Exception {
        fake.answer("apex run", 1, "apex-run-runtime-failure.json");

        SmokeReport report = run(new SmokeCheck.AnonymousApex("apex smoke", SCRIPT));

        assertThat(report.lines()).containsExactly("FAILED apex smoke: runtime failure (scripts/apex/smoke.apex:4:1:"
                + " System.QueryException: List has no rows for assignment to SObject)");
    }

    @Test
    void missingScriptRejectedBeforeSf() {
        assertThatThrownBy(() -> run(new SmokeCheck.AnonymousApex("apex smoke", Path.of("scripts/none.apex"))))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("scripts/none.apex");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void dryRunDescribesEveryCheck() {
        SmokeTests smoke = new SmokeTests(fake.runner(), "prod", project, List.of(new SmokeCheck.OrgReachable(),
                new SmokeCheck.RecordCount("accounts", "SELECT COUNT() FROM Account", 1, null),
                new SmokeCheck.AnonymousApex("apex smoke", SCRIPT)));

        List<String> lines = smoke.describe();

        assertThat(lines).containsExactly("sf org display --target-org prod --json",
                "sf data query --query 'SELECT COUNT() FROM Account' --target-org prod --json",
                "sf apex run --file scripts/apex/smoke.apex --target-org prod --json");
    }
}
