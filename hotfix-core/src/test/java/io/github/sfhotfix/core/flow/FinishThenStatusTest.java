package io.github.sfhotfix.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfhotfix.core.docs.Obligation;
import io.github.sfhotfix.core.docs.ObligationState;
import io.github.sfhotfix.core.docs.ObligationStatus;
import io.github.sfhotfix.core.process.HotfixStatus;
import io.github.sfhotfix.core.process.ProcessSettings;
import io.github.sfhotfix.core.process.StatusOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs hotfix:status and hotfix:reconcile on what hotfix:finish really wrote: develop is a commit ahead of main, so
 * its merge of the hotfix branch never contains the tagged merge commit on main.
 */
class FinishThenStatusTest {

    @TempDir
    Path root;

    private FlowRepositories repos;

    @BeforeEach
    void createRepositories() throws Exception {
        repos = FlowRepositories.create(root);
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
    }

    @AfterEach
    void closeRepositories() {
        repos.close();
    }

    private ObligationStatus statusOfOnlyTag() throws Exception {
        StatusOutcome outcome = new HotfixStatus().status(new ProcessSettings(repos.work, null, Map.of()),
                Instant.now());
        assertThat(outcome.table().rows()).hasSize(1);
        return outcome.table().rows().get(0);
    }

    private ReconcileResult reconcile() throws Exception {
        return new HotfixReconcile().reconcile(new ReconcileRequest(repos.work, null, Map.of()));
    }

    /** Finishes into main and an in-flight release branch only, so develop lacks the hotfix. */
    private void finishIntoReleaseOnly() throws Exception {
        repos.git.branchCreate().setName("release/1.3").setStartPoint("develop").call();
        new HotfixFinish().finish(FinishRequest.builder(repos.work).override("finish.mergeInto", "release").build());
    }

    @Test
    void statusAfterFinishMeetsBothMerges() throws Exception {
        new HotfixFinish().finish(FinishRequest.builder(repos.work).build());

        ObligationStatus status = statusOfOnlyTag();

        assertThat(status.tag().name()).isEqualTo("v1.2.4");
        assertThat(status.state(Obligation.MERGED_TO_MAIN)).isEqualTo(ObligationState.MET);
        assertThat(status.state(Obligation.MERGED_TO_DEVELOP)).isEqualTo(ObligationState.MET);
    }

    @Test
    void reconcileAfterFinishAgreesWithStatus() throws Exception {
        new HotfixFinish().finish(FinishRequest.builder(repos.work).build());

        ReconcileResult result = reconcile();

        assertThat(result.missingCommits()).isEmpty();
        assertThat(result.failed()).isFalse();
    }

    @Test
    void statusWithoutDevelopMergeIsPending() throws Exception {
        finishIntoReleaseOnly();

        ObligationStatus status = statusOfOnlyTag();

        assertThat(status.state(Obligation.MERGED_TO_MAIN)).isEqualTo(ObligationState.MET);
        assertThat(status.state(Obligation.MERGED_TO_DEVELOP)).isEqualTo(ObligationState.PENDING);
    }

    @Test
    void reconcileWithoutDevelopMergeAgreesWithStatus() throws Exception {
        finishIntoReleaseOnly();

        ReconcileResult result = reconcile();

        assertThat(result.missingCommits()).extracting(ReconcileResult.MissingCommit::tags)
                .allSatisfy(tags -> assertThat(tags).containsExactly("v1.2.4"));
        assertThat(result.failed()).isTrue();
    }
}
