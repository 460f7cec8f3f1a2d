package io.github.sfhotfix.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixStartTest {

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

    private StartResult start(String name, String issue, String fromTag, Map<String, String> overrides, boolean dryRun)
            throws Exception {
        return new HotfixStart().start(new StartRequest(repos.work, null, overrides, name, issue, fromTag, List.of(),
                dryRun));
    }

    @Test
    void startBranchesFromProductionTag() throws Exception {
        repos.checkout("develop");

        StartResult result = start("fix-payment-processor", "#12345", null, Map.of(), false);

        assertThat(result.branch()).isEqualTo("hotfix/fix-payment-processor");
        assertThat(repos.branch()).isEqualTo("hotfix/fix-payment-processor");
        assertThat(repos.ref("refs/heads/hotfix/fix-payment-processor")).isEqualTo(repos.tagTarget("v1.2.3"));
        assertThat(repos.git.getRepository().getConfig().getString("branch", "hotfix/fix-payment-processor",
                "description")).isEqualTo("Issue: #12345");
    }

    @Test
    void startFromNamedTag() throws Exception {
        repos.checkout("main");
        repos.write("NOTES.md", "1.3.0\n");
        repos.commit("Release 1.3.0");
        repos.git.tag().setName("v1.3.0").setAnnotated(true).setMessage("Release 1.3.0").call();

        StartResult result = start("fix-old", null, "v1.2.3", Map.of(), false);

        assertThat(result.tag()).isEqualTo("v1.2.3");
        assertThat(repos.ref("refs/heads/hotfix/fix-old")).isEqualTo(repos.tagTarget("v1.2.3"));
    }

    @Test
    void invalidNameNamesCharacters() throws Exception {
        Map<String, String> before = repos.allRefs();

        assertThatThrownBy(() -> start("fix payment!", null, null, Map.of(), false))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("' '")
                .hasMessageContaining("'!'");
        assertThat(repos.allRefs()).isEqualTo(before);
    }

    @Test
    void existingBranchIsRejected() throws Exception {
        repos.git.branchCreate().setName("hotfix/fix-rounding").setStartPoint("v1.2.3").call();

        assertThatThrownBy(() -> start("fix-rounding", null, null, Map.of(), false))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Branch hotfix/fix-rounding exists already");
    }

    @Test
    void dirtyWorkingTreeListsFiles() throws Exception {
        repos.write("README.md", "edited\n");
        repos.write("scratch.txt", "new\n");

        assertThatThrownBy(() -> start("fix-rounding", null, null, Map.of(), false))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("README.md")
                .hasMessageContaining("scratch.txt");
        assertThat(repos.ref("refs/heads/hotfix/fix-rounding")).isNull();
    }

    @Test
    void noProductionTagNamesPatternAndTags() throws Exception {
        assertThatThrownBy(() -> start("fix-rounding", null, null, Map.of("tagPattern", "rel/{version}"), false))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("rel/{version}")
                .hasMessageContaining("v1.2.3");
    }

    @Test
    void otherOpenHotfixIsAWarning() throws Exception {
        repos.hotfix("first-fix", "v1.2.3", "public class FeeCalculator {\n    // first\n}\n");

        StartResult result = start("second-fix", null, null, Map.of(), false);

        assertThat(result.warnings()).hasSize(1);
        assertThat(result.warnings().get(0)).contains("hotfix/first-fix");
        assertThat(repos.branch()).isEqualTo("hotfix/second-fix");
    }

    @Test
    void otherOpenHotfixIsAnErrorWhenSingle() throws Exception {
        repos.hotfix("first-fix", "v1.2.3", "public class FeeCalculator {\n    // first\n}\n");

        assertThatThrownBy(() -> start("second-fix", null, null, Map.of("start.singleHotfix", "true"), false))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("start.singleHotfix");
        assertThat(repos.ref("refs/heads/hotfix/second-fix")).isNull();
    }

    @Test
    void dryRunCreatesNoBranch() throws Exception {
        Map<String, String> before = repos.allRefs();

        StartResult result = start("fix-rounding", null, null, Map.of(), true);

        assertThat(result.steps().get(0).outcome()).isEqualTo(StepOutcome.PLANNED);
        assertThat(repos.allRefs()).isEqualTo(before);
    }

    @Test
    void invalidIssueIsRejected() throws Exception {
        assertThatThrownBy(() -> start("fix-rounding", "12345", null, Map.of(), false))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Issue '12345'");
    }
}
