package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.process.GateOutcome;
import io.github.sfhotfix.core.process.HotfixApprovals;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails unless the exact HEAD commit has the number of approvals its track requires: approvals of older commits,
 * by the commit's author or by someone off {@code approval.approvers} do not count. The track comes from the
 * triage note on the hotfix's commits, else {@code triage.defaultTrack}. Bound to the {@code hotfix-approve} phase.
 */
@Mojo(name = "approval-gate", requiresProject = false, threadSafe = true)
public class ApprovalGateMojo extends AbstractProcessMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("approval-gate")) {
            return;
        }
        GateOutcome outcome;
        try {
            outcome = new HotfixApprovals().check(settings());
        } catch (HotfixException e) {
            Failures.rethrow(e);
            return;
        }
        String track = "Track " + outcome.track().track().label() + " from " + outcome.track().source() + ".";
        if (!outcome.passed()) {
            throw new MojoFailureException("Approval gate failed: " + outcome.check().message() + " " + track);
        }
        getLog().info("Approval gate passed: " + outcome.check().message() + " " + track);
    }
}
