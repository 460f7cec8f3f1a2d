package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.pipeline.HotfixDeployment;
import io.github.sfhotfix.core.pipeline.HotfixRollback;
import io.github.sfhotfix.core.pipeline.OrgChecks;
import io.github.sfhotfix.core.pipeline.SfGoalRequest;
import io.github.sfhotfix.core.testing.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs the operations with secrets in the environment, the arguments and the CLI's output, and searches every log
 * line, every file the operations wrote and every exception message for them.
 */
class SecretLeakTest {

    private static final String AUTH_URL = "force://PlatformCLI::5AepSECRETrefreshTOKEN@acme.my.salesforce.com";
    private static final String WEBHOOK = "https://hooks.slack.com/services/T0SECRET/B0SECRET/webhookSECRETvalue";
    private static final String TOKEN = "tok-9f8e7d6c5b4a-SECRET";
    private static final List<String> SECRETS = List.of(AUTH_URL, WEBHOOK, TOKEN, "5AepSECRETrefreshTOKEN",
            "webhookSECRETvalue");

    /** The file slf4j-simple writes to in tests, as set in simplelogger.properties. */
    private static final Path LOG_FILE = Path.of("target/hotfix-core-tests.log");

    @TempDir
    Path folder;

    Path project;
    Path output;
    FakeSf fake;
    SfRunner runner;
    List<String> messages = new ArrayList<>();

    @BeforeEach
    void prepare() throws Exception {
        LoggerFactory.getLogger(SecretLeakTest.class).debug("Secret leak test starts");
        project = SfProject.create(folder.resolve("project"));
        output = folder.resolve("project/target/hotfix");
        Path leakyError = folder.resolve("leaky-error.json");
        Files.writeString(leakyError, "{\"name\":\"TypeError\",\"message\":\"fetch failed for " + AUTH_URL
                + " posting to " + WEBHOOK + " with " + TOKEN + "\",\"exitCode\":10,\"status\":10}");
        String leakyStderr = "debug: " + AUTH_URL + " " + WEBHOOK + " " + TOKEN;
        fake = new FakeSf(Files.createDirectories(folder.resolve("fake")))
                .answer("org login sfdx-url", 0, "login-succeeded.json", leakyStderr)
                .answer("project deploy validate", 10, leakyError.toString(), leakyStderr)
                .answer("org display", 10, leakyError.toString(), leakyStderr)
                .answer("data query", 0, "query-count-12.json", leakyStderr)
                .answer("notify", 1, leakyError.toString(), leakyStderr)
                .environment("SFDX_AUTH_URL", AUTH_URL)
                .environment("SLACK_WEBHOOK", WEBHOOK)
                .environment("API_TOKEN", TOKEN);
        runner = new SfRunner(SfCliOptions.defaults().withExecutable(fake.executable().toString()),
                fake.environment(), SecretMasker.of(List.of(TOKEN)));
    }

    @Test
    void secretsAppearNowhere() throws Exception {
        long logStart = Files.exists(LOG_FILE) ? Files.size(LOG_FILE) : 0;
        Map<String, String> environment = fake.environment();

        String alias = new OrgLogin(runner, "SFDX_AUTH_URL", folder.resolve("tmp")).login("prod", environment);
        capture(() -> new CheckOnlyDeploy(runner, new DeployRequest(project, alias, List.of(SfProject.CLASS),
                List.of("InvoiceServiceTest"), TestLevel.RUN_SPECIFIED_TESTS, 10)).run());
        SmokeReport smoke = new SmokeTests(runner, alias, project, List.of(new SmokeCheck.OrgReachable())).run();
        capture(() -> {
            smoke.requirePassed();
            return null;
        });
        capture(() -> new FailureMonitor(runner, alias, new FailureMonitor.Request("SELECT COUNT() FROM Error__c", 5,
                2, Duration.ZERO, "rollback using " + WEBHOOK), duration -> { }, messages::add).run());
        capture(() -> runner.run(SfCommand.builder("notify").secretOption("--webhook", WEBHOOK)
                .option("--note", "token " + TOKEN).build()).describeFailure());
        new ValidationOutcome("0Af1", alias, 1, List.of("InvoiceServiceTest"), TestLevel.RUN_SPECIFIED_TESTS,
                List.of()).toRecord("abc", Instant.now()).write(output.resolve("deploy.json"));
        messages.add(SfCommand.builder("notify").secretOption("--webhook", WEBHOOK).build().describe());

        assertThat(messages).hasSizeGreaterThanOrEqualTo(5);
        for (String message : messages) {
            assertNoSecret("message", message);
        }
        String log = new String(Files.readAllBytes(LOG_FILE), StandardCharsets.UTF_8).substring((int) logStart);
        assertThat(log).contains("Running sf org login sfdx-url");
        assertNoSecret("log", log);
        for (Path file : writtenFiles()) {
            assertNoSecret(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void goalsLeakNoSecret() throws Exception {
        long logStart = Files.exists(LOG_FILE) ? Files.size(LOG_FILE) : 0;
        TestRepository repository = TestRepository.withRelease(folder.resolve("repo"));
        repository.checkoutNew("hotfix/fix-count", "v1.2.3");
        repository.writeClass("AccountService", "public class AccountService { }");
        repository.hotfixCommit("empty the service");
        Path goalOutput = repository.root().resolve("target/hotfix");
        Map<String, String> overrides = Map.of("sf.executable", fake.executable().toString(),
                "smoke.checks", "org", "monitor.query", "SELECT COUNT() FROM Error__c", "monitor.threshold", "5");
        SfGoalRequest request = new SfGoalRequest(repository.root(), null, overrides, null, fake.environment(),
                goalOutput, false, false);
        SfGoalRequest dryRun = new SfGoalRequest(repository.root(), null, overrides, null, fake.environment(),
                goalOutput, true, false);

        capture(() -> new HotfixDeployment().checkDeploy(request));
        capture(() -> new HotfixDeployment().deploy(dryRun));
        capture(() -> new OrgChecks().smoke(request));
        capture(() -> new OrgChecks(Clock.systemUTC(), duration -> { }).monitor(request));
        capture(() -> new HotfixRollback().rollback(request));
        repository.close();

        assertThat(messages).hasSize(5);
        assertThat(messages.get(1)).contains("sf org login sfdx-url --sfdx-url-file");
        for (String message : messages) {
            assertNoSecret("message", message);
        }
        String log = new String(Files.readAllBytes(LOG_FILE), StandardCharsets.UTF_8).substring((int) logStart);
        assertThat(log).contains("Running sf project deploy validate");
        assertNoSecret("log", log);
        for (Path file : writtenFiles()) {
            assertNoSecret(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
    }

    private void capture(Action action) {
        try {
            Object value = action.run();
            if (value != null) {
                messages.add(value.toString());
            }
        } catch (HotfixException e) {
            messages.add(e.getMessage());
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    private List<Path> writtenFiles() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(folder.resolve("fake")))
                    .filter(file -> !file.getFileName().toString().equals("leaky-error.json"))
                    .filter(file -> !file.toString().contains("/.git/"))
                    .toList();
        }
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertThat(text).as("%s must not contain a secret", where).doesNotContain(secret);
        }
    }

    @FunctionalInterface
    private interface Action {
        Object run() throws Exception;
    }
}
