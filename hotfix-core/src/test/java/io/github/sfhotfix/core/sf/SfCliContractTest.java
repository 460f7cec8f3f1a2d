package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sfhotfix.core.EnvironmentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command line the operations build against the real Salesforce CLI, with no network for the process and
 * a placeholder org. A command line the CLI accepts ends in its network failure (exit code 10, "fetch failed"); a
 * rejected flag would end in exit code 2. Enabled by the Maven profile {@code sf-contract}, which sets
 * {@value #CLI_PROPERTY} to the CLI that {@code .ci/install-sf-cli} installs.
 *
 * <p>NOTE: {@code sf code-analyzer run} is not covered, because its plugin installs itself from the npm registry on
 * first use and fails without network; {@code sf scanner run} (v4) is absent from this CLI version.
 */
class SfCliContractTest {

    static final String CLI_PROPERTY = "hotfix.sf.contract.cli";
    private static final String USERNAME = "contract@example.com";

    @TempDir
    static Path folder;

    static Path project;
    static SfRunner runner;
    static Git git;
    static RevCommit commit;

    @BeforeAll
    static void prepareCli() throws Exception {
        String cli = System.getProperty(CLI_PROPERTY, "");
        if (cli.isBlank()) {
            return;
        }
        assertThat(Path.of(cli)).as("the Salesforce CLI from .ci/install-sf-cli (%s)", CLI_PROPERTY).isExecutable();
        assertThat(Path.of("/usr/bin/unshare")).as("unshare, to run the CLI without network").isExecutable();

        Path home = Files.createDirectories(folder.resolve("home"));
        Files.createDirectories(home.resolve(".sfdx"));
        Files.writeString(home.resolve(".sfdx/" + USERNAME + ".json"), "{\"accessToken\":\"00Dplaceholder!token\","
                + "\"instanceUrl\":\"https://contract.invalid\",\"loginUrl\":\"https://login.contract.invalid\","
                + "\"orgId\":\"00D000000000001AAA\",\"username\":\"" + USERNAME + "\",\"clientId\":\"PlatformCLI\","
                + "\"instanceApiVersion\":\"62.0\"}");
        Path launcher = folder.resolve("sf-offline");
        Files.writeString(launcher, "#!/bin/sh\nexec /usr/bin/unshare -rn '" + cli + "' \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();

        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", home.toString());
        environment.put("SF_USE_GENERIC_UNIX_KEYCHAIN", "true");
        environment.put("SF_DISABLE_DNS_CHECK", "true");
        runner = new SfRunner(SfCliOptions.defaults().withExecutable(launcher.toString())
                .withTimeout(Duration.ofMinutes(3)), environment, SecretMasker.patternsOnly());

        project = SfProject.create(folder.resolve("project"));
        SfProject.write(project, SfProject.TRIGGER + "-meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ApexTrigger xmlns=\"http://soap.sforce.com/2006/04/metadata\"><apiVersion>62.0</apiVersion>"
                + "<status>Active</status></ApexTrigger>\n");
        SfProject.write(project, "scripts/apex/smoke.apex", "System.debug('smoke');\n");
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        commit = git.commit().setMessage("Contract project").setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").call();
    }

    @BeforeEach
    void requireCli() {
        assumeTrue(!System.getProperty(CLI_PROPERTY, "").isBlank(), "Contract test skipped: " + CLI_PROPERTY
                + " is not set. Run it with `mvn -pl hotfix-core test -Psf-contract -Dtest=SfCliContractTest`"
                + " after .ci/install-sf-cli.");
    }

    @AfterAll
    static void closeRepository() {
        if (git != null) {
            git.close();
        }
    }

    private static DeployRequest request(TestLevel level, List<String> tests) {
        return new DeployRequest(project, USERNAME, List.of(SfProject.CLASS, SfProject.TRIGGER), tests, level, 5);
    }

    private static void assertAccepted(ThrowingCallable call) {
        assertAccepted(10, call);
    }

    /** Asserts that the call failed on the network, which the CLI reaches only after accepting every flag. */
    private static void assertAccepted(int exitCode, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);

        assertThat(thrown).isInstanceOf(EnvironmentException.class);
        assertThat(thrown.getMessage()).contains("exit code " + exitCode).contains("fetch failed");
    }

    @Test
    void validateSpecifiedTestsAccepted() {
        assertAccepted(() -> new CheckOnlyDeploy(runner, request(TestLevel.RUN_SPECIFIED_TESTS,
                List.of("InvoiceServiceTest", "InvoiceTriggerTest"))).run());
    }

    @Test
    void validateLocalTestsAccepted() {
        assertAccepted(() -> new CheckOnlyDeploy(runner, request(TestLevel.RUN_LOCAL_TESTS, List.of())).run());
    }

    @Test
    void deployStartAccepted() {
        CommitNotes notes = new CommitNotes(git, ProductionDeploy.NOTES_REF);

        assertAccepted(() -> new ProductionDeploy(runner, request(TestLevel.RUN_SPECIFIED_TESTS,
                List.of("InvoiceServiceTest")), commit.name(), null, notes, Clock.systemUTC()).run());
    }

    @Test
    void quickDeployAccepted() {
        CommitNotes notes = new CommitNotes(git, ProductionDeploy.NOTES_REF);
        DeployRecord validation = new DeployRecord("0Af000000000001AAA", commit.name(),
                Clock.systemUTC().instant().toString(), USERNAME, "RunSpecifiedTests", List.of("InvoiceServiceTest"));

        assertAccepted(() -> new ProductionDeploy(runner, request(TestLevel.RUN_SPECIFIED_TESTS,
                List.of("InvoiceServiceTest")), commit.name(), validation, notes, Clock.systemUTC()).run());
    }

    @Test
    void deployReportAccepted() {
        DeployResultReader reader = new DeployResultReader(runner, request(TestLevel.RUN_LOCAL_TESTS, List.of()),
                "Check-only deploy");

        assertAccepted(() -> reader.report("0Af000000000001AAA"));
    }

    @Test
    void orgLoginAccepted() {
        OrgLogin login = new OrgLogin(runner, "SFDX_AUTH_URL", folder.resolve("auth"));

        assertAccepted(() -> login.login("contract-login",
                Map.of("SFDX_AUTH_URL", "force://PlatformCLI::5Aep861placeholder@login.contract.invalid")));
    }

    @Test
    void smokeChecksAccepted() throws Exception {
        SmokeReport report = new SmokeTests(runner, USERNAME, project, List.of(new SmokeCheck.OrgReachable()))
                .run();

        assertThat(report.lines()).containsExactly("FAILED org reachable: " + USERNAME + " (fetch failed)");
        assertAccepted(() -> new SmokeTests(runner, USERNAME, project,
                List.of(new SmokeCheck.RecordCount("accounts", "SELECT COUNT() FROM Account", 1, null))).run());
        // apex run reports the network failure as exit code 1, "Unexpected error while executing anonymous apex".
        assertAccepted(1, () -> new SmokeTests(runner, USERNAME, project,
                List.of(new SmokeCheck.AnonymousApex("apex", Path.of("scripts/apex/smoke.apex")))).run());
    }

    @Test
    void regressionAccepted() {
        CommitNotes notes = new CommitNotes(git, RegressionRun.NOTES_REF);

        assertAccepted(() -> new RegressionRun(runner, USERNAME, 5, 75, commit.name(), notes, Clock.systemUTC())
                .run());
    }

    @Test
    void rollbackDeploysAccepted() throws Exception {
        RollbackPlan plan = new RollbackPlan(commit.name(), List.of(SfProject.CLASS), List.of(SfProject.CLASS),
                List.of(new MetadataComponent("ApexClass", "TaxTable")), List.of(), "62.0");
        Path rollback = folder.resolve("rollback");
        new RollbackPlanner(git.getRepository()).materialise(plan, rollback);

        for (SfCommand command : plan.commands(USERNAME, TestLevel.RUN_SPECIFIED_TESTS, List.of("InvoiceServiceTest"),
                5, rollback)) {
            SfResult result = runner.run(command);

            assertThat(result.exitCode()).as(result.describeFailure()).isEqualTo(10);
        }
    }
}
