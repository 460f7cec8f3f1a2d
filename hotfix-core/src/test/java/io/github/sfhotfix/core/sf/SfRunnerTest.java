package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfRunnerTest {

    @TempDir
    Path folder;

    @Test
    void runnerPassesArgumentsUnsplit() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("data query", 0, "query-count-3.json");
        SfCommand command = SfCommand.builder("data", "query").option("-q", "SELECT COUNT() FROM Account")
                .targetOrg("prod").flag("--json").build();

        fake.runner().run(command);

        assertThat(fake.calls()).containsExactly(
                List.of("data", "query", "-q", "SELECT COUNT() FROM Account", "--target-org", "prod", "--json"));
    }

    @Test
    void runnerAddsCliEnvironment() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("org display", 0, "org-display.json");

        fake.runner().run(SfCommand.builder("org", "display").flag("--json").build());

        assertThat(fake.lastEnvironment()).contains("SF_DISABLE_TELEMETRY=true", "SF_AUTOUPDATE_DISABLE=true",
                "SF_SKIP_NEW_VERSION_CHECK=true", "SF_USE_PROGRESS_BAR=false");
    }

    @Test
    void runnerKeepsCallerEnvironment() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("org display", 0, "org-display.json")
                .environment("SF_TARGET_ORG", "from-caller");

        fake.runner().run(SfCommand.builder("org", "display").flag("--json").build());

        assertThat(fake.lastEnvironment()).contains("SF_TARGET_ORG=from-caller");
    }

    @Test
    void runnerUsesWorkingDirectory() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("org display", 0, "org-display.json");

        fake.runner().run(SfCommand.builder("org", "display").workingDirectory(folder).build());

        assertThat(fake.lastWorkingDirectory()).isEqualTo(folder.toRealPath().toString());
    }

    @Test
    void successParsesEnvelope() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("data query", 0, "query-count-1532.json");

        SfResult result = fake.runner().run(SfCommand.builder("data", "query").build());

        assertThat(result.exitCode()).isZero();
        assertThat(result.envelope().result().get("totalSize").asInt()).isEqualTo(1532);
    }

    @Test
    void errorEnvelopeCarriesNameAndData() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("project deploy validate", 1, "validate-failed.json");

        SfResult result = fake.runner().run(SfCommand.builder("project", "deploy", "validate").build());

        assertThat(result.isError("FailedValidationError")).isTrue();
        assertThat(result.envelope().dataText("deployId")).contains("0Af000000000FAIL1");
    }

    @Test
    void failureMessageNamesExitCodeAndStderr() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("project deploy start", 10, "network-offline.json",
                "getaddrinfo ENOTFOUND example.my.salesforce.com");

        SfResult result = fake.runner().run(SfCommand.builder("project", "deploy", "start").build());

        assertThat(result.describeFailure()).contains("exit code 10");
        assertThat(result.describeFailure()).contains("could not reach Salesforce");
        assertThat(result.describeFailure()).contains("TypeError: fetch failed");
        assertThat(result.describeFailure()).contains("getaddrinfo ENOTFOUND");
    }

    @Test
    void everyDocumentedExitCodeHasItsOwnMeaning() {
        List<Integer> codes = List.of(0, 1, 2, 10, 20, 68, 69, 100, 127);

        List<String> meanings = codes.stream().map(code -> SfExitCode.of(code).meaning()).distinct().toList();

        assertThat(meanings).hasSize(codes.size());
        assertThat(SfExitCode.of(42)).isEqualTo(SfExitCode.UNKNOWN);
    }

    @Test
    void hungCommandTimesOut() {
        FakeSf fake = new FakeSf(folder).answer("project deploy report", 0, "hang");
        SfCommand command = SfCommand.builder("project", "deploy", "report").option("--job-id", "0Af1").build();

        long started = System.nanoTime();
        assertThatThrownBy(() -> fake.runner(Duration.ofMillis(800)).run(command))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("timed out")
                .hasMessageContaining("sf project deploy report --job-id 0Af1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void missingExecutableNamesProperty() {
        SfCliOptions options = SfCliOptions.defaults().withExecutable(folder.resolve("no-such-sf").toString());
        SfRunner runner = new SfRunner(options, Map.of(), SecretMasker.patternsOnly());

        assertThatThrownBy(() -> runner.run(SfCommand.builder("org", "display").build()))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining(folder.resolve("no-such-sf").toString())
                .hasMessageContaining("hotfix.sf.executable");
    }

    @Test
    void unknownCommandExit127NamesProperty() {
        FakeSf fake = new FakeSf(folder);

        assertThatThrownBy(() -> fake.runner().run(SfCommand.builder("scanner", "run").build()))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 127")
                .hasMessageContaining(fake.executable().toString())
                .hasMessageContaining("hotfix.sf.executable");
    }

    @Test
    void secretOptionIsMaskedInDescription() {
        SfCommand command = SfCommand.builder("org", "login", "sfdx-url")
                .secretOption("--token", "s3cr3t-token-value").option("--alias", "prod").build();

        String line = command.describe();

        assertThat(line).isEqualTo("sf org login sfdx-url --token **** --alias prod");
    }

    @Test
    void urlPatternsAreMasked() {
        SecretMasker masker = SecretMasker.patternsOnly();

        String masked = masker.mask("url force://id:secret:token@example.my.salesforce.com and "
                + "https://hooks.slack.com/services/T000/B000/XXXX end");

        assertThat(masked).isEqualTo("url **** and **** end");
    }

    @Test
    void outputSecretsAreMaskedBeforeParsing() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("org login sfdx-url", 1, "login-invalid-url.json",
                "bad url force://client:secret:refresh@example.my.salesforce.com");

        SfResult result = fake.runner().run(SfCommand.builder("org", "login", "sfdx-url").build());

        assertThat(result.stderrTail()).doesNotContain("refresh@example");
        assertThat(result.describeFailure()).doesNotContain("refresh@example");
    }

    @Test
    void commandQuotesArgumentsWithSpaces() {
        SfCommand command = SfCommand.builder("data", "query").option("-q", "SELECT COUNT() FROM Account").build();

        assertThat(command.describe()).isEqualTo("sf data query -q 'SELECT COUNT() FROM Account'");
    }

    @Test
    void waitExtendsTimeout() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("project deploy start", 0, "deploy-succeeded.json");
        SfCommand command = SfCommand.builder("project", "deploy", "start").waitMinutes(1).build();

        SfResult result = fake.runner(Duration.ofMillis(1)).run(command);

        assertThat(result.exitCode()).isZero();
    }
}
