package io.github.sfhotfix.core.triage;

import java.util.Objects;

/**
 * Rules that apply to changes on one track. Configuration overrides single fields with the {@code with...} methods,
 * which return a new policy.
 *
 * @param track track the rules apply to
 * @param branchBase commit the change branch starts from
 * @param testLevel tests run at deployment
 * @param minimumApprovals number of distinct approvers required on the deployed commit, at least 1
 * @param deploymentWindow when the change may be deployed
 * @param reviewTiming when the code review must happen
 * @param documentationTiming when the documentation is due
 * @param rollbackPlan how the change is rolled back
 */
public record TrackPolicy(
        Track track,
        BranchBase branchBase,
        TestLevel testLevel,
        int minimumApprovals,
        DeploymentWindow deploymentWindow,
        ReviewTiming reviewTiming,
        DocumentationTiming documentationTiming,
        RollbackPlan rollbackPlan) {

    /** Checks that every field is set and at least one approval is required. */
    public TrackPolicy {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(branchBase, "branchBase");
        Objects.requireNonNull(testLevel, "testLevel");
        Objects.requireNonNull(deploymentWindow, "deploymentWindow");
        Objects.requireNonNull(reviewTiming, "reviewTiming");
        Objects.requireNonNull(documentationTiming, "documentationTiming");
        Objects.requireNonNull(rollbackPlan, "rollbackPlan");
        if (minimumApprovals < 1) {
            throw new IllegalArgumentException("minimumApprovals of " + track.label() + " must be at least 1, but was "
                    + minimumApprovals);
        }
    }

    /** Returns the built-in policy of {@code track}. */
    public static TrackPolicy defaultFor(Track track) {
        switch (track) {
            case EMERGENCY_HOTFIX:
                return new TrackPolicy(track, BranchBase.LATEST_PRODUCTION_TAG, TestLevel.RUN_SPECIFIED_TESTS, 1,
                        DeploymentWindow.IMMEDIATE, ReviewTiming.MAY_FOLLOW_DEPLOYMENT,
                        DocumentationTiming.AFTER_DEPLOYMENT, RollbackPlan.MANUAL_PREPARED);
            case FAST_TRACK:
                return new TrackPolicy(track, BranchBase.LATEST_PRODUCTION_TAG, TestLevel.RUN_SPECIFIED_TESTS, 1,
                        DeploymentWindow.IMMEDIATE, ReviewTiming.BEFORE_DEPLOYMENT,
                        DocumentationTiming.AFTER_DEPLOYMENT, RollbackPlan.MANUAL_PREPARED);
            case REGULAR_RELEASE:
                return new TrackPolicy(track, BranchBase.INTEGRATION_BRANCH, TestLevel.RUN_LOCAL_TESTS, 2,
                        DeploymentWindow.SCHEDULED, ReviewTiming.BEFORE_MERGE,
                        DocumentationTiming.BEFORE_DEPLOYMENT, RollbackPlan.AUTOMATED);
            default:
                throw new IllegalArgumentException("No default policy for track " + track);
        }
    }

    public TrackPolicy withBranchBase(BranchBase value) {
        return new TrackPolicy(track, value, testLevel, minimumApprovals, deploymentWindow, reviewTiming,
                documentationTiming, rollbackPlan);
    }

    public TrackPolicy withTestLevel(TestLevel value) {
        return new TrackPolicy(track, branchBase, value, minimumApprovals, deploymentWindow, reviewTiming,
                documentationTiming, rollbackPlan);
    }

    public TrackPolicy withMinimumApprovals(int value) {
        return new TrackPolicy(track, branchBase, testLevel, value, deploymentWindow, reviewTiming,
                documentationTiming, rollbackPlan);
    }

    public TrackPolicy withDeploymentWindow(DeploymentWindow value) {
        return new TrackPolicy(track, branchBase, testLevel, minimumApprovals, value, reviewTiming,
                documentationTiming, rollbackPlan);
    }

    public TrackPolicy withReviewTiming(ReviewTiming value) {
        return new TrackPolicy(track, branchBase, testLevel, minimumApprovals, deploymentWindow, value,
                documentationTiming, rollbackPlan);
    }

    public TrackPolicy withDocumentationTiming(DocumentationTiming value) {
        return new TrackPolicy(track, branchBase, testLevel, minimumApprovals, deploymentWindow, reviewTiming,
                value, rollbackPlan);
    }

    public TrackPolicy withRollbackPlan(RollbackPlan value) {
        return new TrackPolicy(track, branchBase, testLevel, minimumApprovals, deploymentWindow, reviewTiming,
                documentationTiming, value);
    }
}
