package io.github.sfhotfix.core.policy;

import io.github.sfhotfix.core.triage.BranchBase;
import io.github.sfhotfix.core.triage.DeploymentWindow;
import io.github.sfhotfix.core.triage.DocumentationTiming;
import io.github.sfhotfix.core.triage.ReviewTiming;
import io.github.sfhotfix.core.triage.RollbackPlan;
import io.github.sfhotfix.core.triage.TestLevel;
import io.github.sfhotfix.core.triage.Track;
import io.github.sfhotfix.core.triage.TrackPolicy;
import java.util.List;
import java.util.Locale;

/**
 * The policy keys of one track, {@code tracks.<section>.<aspect>}, such as {@code tracks.emergency.minimumApprovals}.
 * Each key defaults to the track's built-in policy.
 *
 * @param track the track the keys configure
 * @param branchBase key of the commit a change branch starts from
 * @param testLevel key of the tests run at deployment
 * @param minimumApprovals key of the number of distinct approvers required on the deployed commit
 * @param deploymentWindow key of when the change may be deployed
 * @param reviewTiming key of when the code review must happen
 * @param documentationTiming key of when the documentation is due
 * @param rollbackPlan key of how the change is rolled back
 */
public record TrackKeys(Track track, PolicyKey<BranchBase> branchBase, PolicyKey<TestLevel> testLevel,
        PolicyKey<Integer> minimumApprovals, PolicyKey<DeploymentWindow> deploymentWindow,
        PolicyKey<ReviewTiming> reviewTiming, PolicyKey<DocumentationTiming> documentationTiming,
        PolicyKey<RollbackPlan> rollbackPlan) {

    static TrackKeys of(String section, Track track) {
        TrackPolicy defaults = TrackPolicy.defaultFor(track);
        String prefix = "tracks." + section + ".";
        String label = " of the " + track.label() + " track.";
        return new TrackKeys(track,
                PolicyKey.choice(prefix + "branchBase", BranchBase.class, defaults.branchBase(), TrackKeys::token,
                        "Commit a change branch starts from" + label),
                PolicyKey.choice(prefix + "testLevel", TestLevel.class, defaults.testLevel(), TestLevel::cliValue,
                        "Tests run at deployment" + label),
                PolicyKey.number(prefix + "minimumApprovals", defaults.minimumApprovals(),
                        "Distinct approvers required on the deployed commit of the " + track.label()
                                + " track; at least 1."),
                PolicyKey.choice(prefix + "deploymentWindow", DeploymentWindow.class, defaults.deploymentWindow(),
                        TrackKeys::token, "When a change may be deployed" + label),
                PolicyKey.choice(prefix + "reviewTiming", ReviewTiming.class, defaults.reviewTiming(),
                        TrackKeys::token, "When the code review must happen" + label),
                PolicyKey.choice(prefix + "documentationTiming", DocumentationTiming.class,
                        defaults.documentationTiming(), TrackKeys::token, "When the documentation is due" + label),
                PolicyKey.choice(prefix + "rollbackPlan", RollbackPlan.class, defaults.rollbackPlan(),
                        TrackKeys::token, "How a change is rolled back" + label));
    }

    /** Returns the keys in documentation order. */
    public List<PolicyKey<?>> all() {
        return List.of(branchBase, testLevel, minimumApprovals, deploymentWindow, reviewTiming, documentationTiming,
                rollbackPlan);
    }

    /** Returns the track's policy with every key's value from {@code policy}. */
    TrackPolicy policyFrom(Policy policy) {
        return new TrackPolicy(track, policy.get(branchBase), policy.get(testLevel), policy.get(minimumApprovals),
                policy.get(deploymentWindow), policy.get(reviewTiming), policy.get(documentationTiming),
                policy.get(rollbackPlan));
    }

    /** Returns the token of a constant: {@code MANUAL_PREPARED} becomes {@code manual-prepared}. */
    static String token(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
