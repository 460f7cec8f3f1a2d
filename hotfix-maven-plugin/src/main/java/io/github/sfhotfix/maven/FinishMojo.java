package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.flow.FinishRequest;
import io.github.sfhotfix.core.flow.FinishResult;
import io.github.sfhotfix.core.flow.HotfixFinish;
import io.github.sfhotfix.core.flow.MergeConflict;
import io.github.sfhotfix.core.notify.HotfixEvent;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Commits the new version's changelog entry on the hotfix branch ({@code finish.changelog}), then merges the hotfix
 * with merge commits into the production branch, tags the next patch version on that merge, and
 * merges it into the integration and in-flight release branches. With {@code hotfix.push} it pushes all of it in one
 * atomic push. Running it again is safe: after a conflict resolved by hand it continues, and after a complete finish
 * it changes nothing. Announces the finish when a notification webhook is configured. Bound to the
 * {@code hotfix-finish} phase.
 */
@Mojo(name = "finish", requiresProject = false, threadSafe = true)
public class FinishMojo extends AbstractFlowMojo {

    /** The hotfix branch. Default: the checked-out branch. */
    @Parameter(property = "hotfix.branch")
    String branch;

    /** The severity named in the tag message. Default: the {@code Severity:} trailer of the hotfix commits. */
    @Parameter(property = "hotfix.severity")
    String severity;

    /**
     * The issue named in the tag message. Default: the one given to hotfix:start, else the {@code Issue:} trailer of
     * the hotfix commits.
     */
    @Parameter(property = "hotfix.issue")
    String issue;

    /** The release branch to merge into. Default: the one in-flight branch with the release prefix, if any. */
    @Parameter(property = "hotfix.releaseBranch")
    String releaseBranch;

    /** Pushes the merged branches and the tag to the remote in one atomic push. */
    @Parameter(property = "hotfix.push", defaultValue = "false")
    boolean push;

    /** Deletes the hotfix branch after the merges: locally, and on the remote when pushing. */
    @Parameter(property = "hotfix.deleteBranch", defaultValue = "false")
    boolean deleteBranch;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("finish")) {
            return;
        }
        FinishRequest request = FinishRequest.builder(basedir.toPath()).policyFile(policyPath())
                .overrides(policyOverrides()).branch(branch).severity(severity).issue(issue)
                .releaseBranch(releaseBranch).push(push).deleteBranch(deleteBranch)
                .ignoredFolder(buildDirectory()).dryRun(dryRun).build();
        FinishResult result;
        try {
            result = new HotfixFinish().finish(request);
        } catch (HotfixException e) {
            Failures.rethrow(e);
            return;
        }
        if (result.mergeConflict().isPresent()) {
            MergeConflict conflict = result.mergeConflict().get();
            throw new MojoFailureException("Merging " + conflict.hotfixBranch() + " into " + conflict.target()
                    + " stopped on conflicts in " + String.join(", ", conflict.paths()) + "; the merge was aborted."
                    + " Finish it by hand, then run hotfix:finish again:\n" + conflict.instructions());
        }
        if (result.rejectedPush().isPresent()) {
            throw new MojoFailureException(result.rejectedPush().get());
        }
        if (!result.dryRun() && !result.changedNothing()) {
            announce(HotfixEvent.FINISHED, result.branch(), Map.of("Tag", result.tag(),
                    "Merged into", String.join(", ", result.mergeTargets())));
        }
    }
}
