package io.github.sfhotfix.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.triage.RollbackPlan;
import io.github.sfhotfix.core.triage.TestLevel;
import io.github.sfhotfix.core.triage.Track;
import io.github.sfhotfix.core.triage.TrackPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

    @TempDir
    Path folder;

    private Path write(String yaml) throws Exception {
        Path file = folder.resolve("hotfix.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void missingFileGivesDefaults() throws Exception {

        Policy policy = PolicyLoader.load(folder.resolve("hotfix.yaml"), false, Map.of());

        assertThat(policy.productionBranch()).isEqualTo("main");
        assertThat(policy.integrationBranch()).isEqualTo("develop");
        assertThat(policy.branchPrefix()).isEqualTo("hotfix/");
        assertThat(policy.tagPattern()).isEqualTo("v{version}");
        assertThat(policy.maxFiles()).isEqualTo(5);
        assertThat(policy.subjectPrefix()).isEqualTo("hotfix:");
        assertThat(policy.get(PolicyKeys.COMMITS_ISSUE)).isEqualTo(CheckLevel.ERROR);
        assertThat(policy.get(PolicyKeys.COMMITS_SEVERITY)).isEqualTo(CheckLevel.WARNING);
        assertThat(policy.sourceOf(PolicyKeys.TAG_PATTERN)).isEqualTo("default");
    }

    @Test
    void namedFileMustExist() {

        assertThatThrownBy(() -> PolicyLoader.load(folder.resolve("custom.yaml"), true, Map.of()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Policy file not found")
                .hasMessageContaining("custom.yaml");
    }

    @Test
    void nestedAndDottedKeysAreRead() throws Exception {
        Path file = write("productionBranch: master\nscope:\n  maxFiles: 3\n  allowedPaths: [force-app/**]\n"
                + "tests.depth: 2\ntests:\n  conventions:\n    - '{name}Spec'\n");

        Policy policy = PolicyLoader.load(file, false, Map.of());

        assertThat(policy.productionBranch()).isEqualTo("master");
        assertThat(policy.maxFiles()).isEqualTo(3);
        assertThat(policy.allowedPaths()).containsExactly("force-app/**");
        assertThat(policy.get(PolicyKeys.TESTS_DEPTH)).isEqualTo(2);
        assertThat(policy.get(PolicyKeys.TESTS_CONVENTIONS)).containsExactly("{name}Spec");
        assertThat(policy.sourceOf(PolicyKeys.SCOPE_MAX_FILES)).isEqualTo("hotfix.yaml line 3");
    }

    @Test
    void overridesWinOverFile() throws Exception {
        Path file = write("tagPattern: rel/{version}\nscope:\n  maxFiles: 3\n");

        Policy policy = PolicyLoader.load(file, false, Map.of("scope.maxFiles", "8", "tests.conventions",
                "{name}Test, {name}Spec"));

        assertThat(policy.tagPattern()).isEqualTo("rel/{version}");
        assertThat(policy.maxFiles()).isEqualTo(8);
        assertThat(policy.get(PolicyKeys.TESTS_CONVENTIONS)).containsExactly("{name}Test", "{name}Spec");
        assertThat(policy.sourceOf(PolicyKeys.SCOPE_MAX_FILES)).isEqualTo("property hotfix.scope.maxFiles");
    }

    @Test
    void trackKeysOverrideTrackPolicy() throws Exception {
        Path file = write("tracks:\n  emergency:\n    testLevel: RunLocalTests\n    minimumApprovals: 2\n"
                + "    rollbackPlan: automated\n");

        TrackPolicy emergency = PolicyLoader.load(file, false, Map.of()).trackPolicies().of(Track.EMERGENCY_HOTFIX);

        assertThat(emergency.testLevel()).isEqualTo(TestLevel.RUN_LOCAL_TESTS);
        assertThat(emergency.minimumApprovals()).isEqualTo(2);
        assertThat(emergency.rollbackPlan()).isEqualTo(RollbackPlan.AUTOMATED);
    }

    @Test
    void invalidProcessValuesAreRejected() throws Exception {
        Path file = write("tracks:\n  regular:\n    minimumApprovals: 0\nnotify:\n  format: xml\n");

        assertThatThrownBy(() -> PolicyLoader.load(file, false, Map.of()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("tracks.regular.minimumApprovals is 0 but must be at least 1")
                .hasMessageContaining("key 'notify.format' expects one of slack, json, found 'xml'");
    }

    @Test
    void everyProblemIsReportedWithLine() throws Exception {
        Path file = write("productionBranch: main\nscope:\n  maxFile: 3\n  hardLimit: many\ncommits:\n"
                + "  issue: sometimes\nbase: [tag]\ncolour: blue\n");

        assertThatThrownBy(() -> PolicyLoader.load(file, false, Map.of()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("hotfix.yaml line 3: unknown key 'scope.maxFile'. Known keys: scope.maxFiles,")
                .hasMessageContaining("hotfix.yaml line 4: key 'scope.hardLimit' expects a whole number of 0 or more,"
                        + " found 'many'")
                .hasMessageContaining("hotfix.yaml line 6: key 'commits.issue' expects one of error, warning, off,"
                        + " found 'sometimes'")
                .hasMessageContaining("hotfix.yaml line 7: key 'base' expects one of tag, merge-base, found a list")
                .hasMessageContaining("hotfix.yaml line 8: unknown key 'colour'");
    }

    @Test
    void invalidYamlNamesLine() throws Exception {
        Path file = write("productionBranch: main\nscope:\n  maxFiles: [3\n");

        assertThatThrownBy(() -> PolicyLoader.load(file, false, Map.of()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("hotfix.yaml line")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void badOverrideIsRejected() {

        assertThatThrownBy(() -> PolicyLoader.load(null, false, Map.of("scope.maxFiles", "-1")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("property hotfix.scope.maxFiles: expects a whole number of 0 or more, found '-1'");
    }

    @Test
    void inconsistentValuesAreRejected() throws Exception {
        Path file = write("tagPattern: release\nintegrationBranch: main\nscope:\n  maxFiles: 5\n  hardLimit: 2\n");

        assertThatThrownBy(() -> PolicyLoader.load(file, false, Map.of()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("tagPattern 'release' must contain {version} exactly once")
                .hasMessageContaining("productionBranch and integrationBranch are both 'main'")
                .hasMessageContaining("scope.hardLimit 2 is below scope.maxFiles 5");
    }

    @Test
    void emptyFileGivesDefaults() throws Exception {
        Path file = write("# nothing configured yet\n");

        Policy policy = PolicyLoader.load(file, false, Map.of());

        assertThat(policy.allowedPaths()).isEqualTo(List.of());
    }

    @Test
    void readmeDocumentsEveryKey() throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.exists(readme) ? Files.readString(readme) : "";

        for (PolicyKey<?> key : PolicyKeys.all()) {
            assertThat(text).as("README documents " + key.name()).contains("`" + key.name() + "`");
        }
    }

    @Test
    void salesforceKeysReadFromProperties() throws Exception {
        Map<String, String> properties = Map.of("sf.waitMinutes", "5", "deploy.testLevel", "runlocaltests",
                "smoke.checks", "org; count: SELECT COUNT() FROM Account WHERE Type IN ('A','B') >= 1",
                "scan.severityThreshold", "3");

        Policy policy = PolicyLoader.load(null, false, properties);

        assertThat(policy.get(PolicyKeys.SF_WAIT_MINUTES)).isEqualTo(5);
        assertThat(policy.get(PolicyKeys.DEPLOY_TEST_LEVEL)).isEqualTo("RunLocalTests");
        assertThat(policy.get(PolicyKeys.SMOKE_CHECKS)).containsExactly("org",
                "count: SELECT COUNT() FROM Account WHERE Type IN ('A','B') >= 1");
        assertThat(policy.get(PolicyKeys.SCAN_SEVERITY_THRESHOLD)).isEqualTo(3);
    }

    @Test
    void salesforceKeysOutOfRangeRejected() {
        Map<String, String> properties = Map.of("sf.waitMinutes", "0", "deploy.maxValidationAgeDays", "11",
                "scan.format", "v6", "regression.coverage", "101");

        assertThatThrownBy(() -> PolicyLoader.load(null, false, properties))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("property hotfix.sf.waitMinutes: expects a whole number of 1 or more, found '0'")
                .hasMessageContaining("hotfix.deploy.maxValidationAgeDays: expects a whole number from 1 to 10")
                .hasMessageContaining("hotfix.scan.format: expects one of v5, v4, found 'v6'")
                .hasMessageContaining("hotfix.regression.coverage: expects a whole number from 0 to 100");
    }
}
