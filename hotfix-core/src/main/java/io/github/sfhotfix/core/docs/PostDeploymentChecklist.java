package io.github.sfhotfix.core.docs;

/**
 * Facts of the post-deployment checklist, computed by the caller from git and test results.
 *
 * @param mergedToMain the hotfix is merged into the production branch
 * @param mergedToDevelop the hotfix is merged into the integration branch
 * @param fullRegressionPassed the full regression run passed after the merge
 * @param runbookUpdated the runbook was updated
 * @param rootCauseAnalysisDone the root-cause analysis document exists
 */
public record PostDeploymentChecklist(boolean mergedToMain, boolean mergedToDevelop, boolean fullRegressionPassed,
        boolean runbookUpdated, boolean rootCauseAnalysisDone) {
}
