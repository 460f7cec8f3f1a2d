package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.approval.Approval;
import io.github.sfhotfix.core.process.ApproveOutcome;
import io.github.sfhotfix.core.process.HotfixApprovals;
import java.time.Instant;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records an approval of the exact HEAD commit as a git note in {@code refs/notes/hotfix-approvals}: approver, time
 * and track. Rejects the commit's author and, when {@code approval.approvers} is set, anyone not on it. Push the note
 * with {@code git push origin 'refs/notes/hotfix-*:refs/notes/hotfix-*'}.
 */
@Mojo(name = "approve", requiresProject = false, threadSafe = true)
public class ApproveMojo extends AbstractProcessMojo {

    /** Name or email of the approver. Required. */
    @Parameter(property = "hotfix.approver")
    String approver;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("approve")) {
            return;
        }
        try {
            ApproveOutcome outcome = new HotfixApprovals().approve(settings(), approver, Instant.now());
            String commit = outcome.commit().substring(0, 8);
            getLog().info((outcome.recorded().added() ? "Recorded approval of " : "Already approved: ") + commit
                    + " by " + approver.trim() + " for the " + outcome.track().track().label() + " track ("
                    + outcome.track().source() + ").");
            getLog().info("Approvals of " + commit + ": " + outcome.recorded().approvals().stream()
                    .map(Approval::approver).collect(Collectors.joining(", ")));
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
