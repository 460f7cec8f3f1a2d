package io.github.sfhotfix.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackPolicyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EMERGENCY_HOTFIX, LATEST_PRODUCTION_TAG, RUN_SPECIFIED_TESTS, 1, IMMEDIATE, MAY_FOLLOW_DEPLOYMENT,"
                + " AFTER_DEPLOYMENT, MANUAL_PREPARED",
        "FAST_TRACK, LATEST_PRODUCTION_TAG, RUN_SPECIFIED_TESTS, 1, IMMEDIATE, BEFORE_DEPLOYMENT,"
                + " AFTER_DEPLOYMENT, MANUAL_PREPARED",
        "REGULAR_RELEASE, INTEGRATION_BRANCH, RUN_LOCAL_TESTS, 2, SCHEDULED, BEFORE_MERGE,"
                + " BEFORE_DEPLOYMENT, AUTOMATED",
    })
    void defaultsMatchProductTable(Track track, BranchBase branchBase, TestLevel testLevel, int approvals,
            DeploymentWindow window, ReviewTiming review, DocumentationTiming documentation, RollbackPlan rollback) {
        TrackPolicy policy = TrackPolicies.defaults().of(track);

        assertThat(policy).isEqualTo(new TrackPolicy(track, branchBase, testLevel, approvals, window, review,
                documentation, rollback));
    }

    @Test
    void testLevelHasCliValue() {
        assertThat(TestLevel.RUN_SPECIFIED_TESTS.cliValue()).isEqualTo("RunSpecifiedTests");
        assertThat(TestLevel.RUN_LOCAL_TESTS.cliValue()).isEqualTo("RunLocalTests");
    }

    @Test
    void overrideChangesOnlyOneField() {
        TrackPolicy defaults = TrackPolicy.defaultFor(Track.FAST_TRACK);

        TrackPolicy changed = defaults.withMinimumApprovals(2);

        assertThat(changed.minimumApprovals()).isEqualTo(2);
        assertThat(changed.withMinimumApprovals(1)).isEqualTo(defaults);
    }

    @Test
    void overrideReplacesTrackInPolicies() {
        TrackPolicies defaults = TrackPolicies.defaults();

        TrackPolicies changed = defaults.with(defaults.of(Track.EMERGENCY_HOTFIX).withTestLevel(TestLevel.RUN_LOCAL_TESTS));

        assertThat(changed.of(Track.EMERGENCY_HOTFIX).testLevel()).isEqualTo(TestLevel.RUN_LOCAL_TESTS);
        assertThat(defaults.of(Track.EMERGENCY_HOTFIX).testLevel()).isEqualTo(TestLevel.RUN_SPECIFIED_TESTS);
        assertThat(changed.of(Track.FAST_TRACK)).isEqualTo(defaults.of(Track.FAST_TRACK));
    }

    @Test
    void zeroApprovalsIsRejected() {
        TrackPolicy policy = TrackPolicy.defaultFor(Track.EMERGENCY_HOTFIX);

        assertThatThrownBy(() -> policy.withMinimumApprovals(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumApprovals of emergency hotfix must be at least 1, but was 0");
    }

    @Test
    void tableRendersDefaults() throws IOException {
        String table = TrackPolicyTable.render(TrackPolicies.defaults());

        assertThat(table).isEqualTo(resource("/triage/track-policy-defaults.txt"));
    }

    @Test
    void tableRendersOverride() {
        TrackPolicies policies = TrackPolicies.defaults();
        policies = policies.with(policies.of(Track.REGULAR_RELEASE).withMinimumApprovals(3));

        String table = TrackPolicyTable.render(policies);

        assertThat(table).contains("approvals        1                                        1"
                + "                                        3\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TrackPolicyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
