package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Merges the hotfix branch into one branch with a merge commit ({@code --no-ff}). Done already when the branch
 * contains the hotfix's tip. On conflicts, the merge is aborted and the branch reset to where it was.
 */
final class MergeStep implements FlowStep {

    private final FinishContext context;
    private final String target;

    MergeStep(FinishContext context, String target) {
        this.context = context;
        this.target = target;
    }

    @Override
    public String description() {
        return "Merge " + context.hotfixBranch + " into " + target + " (--no-ff)";
    }

    @Override
    public StepResult plan() throws EnvironmentException {
        Optional<StepResult> merged = alreadyMerged();
        if (merged.isPresent()) {
            return merged.get();
        }
        boolean local = context.repository.localBranch(target).isPresent();
        return StepResult.planned(description(), (local ? "" : "create " + target + " from " + context.remote + "/"
                + target + ", then ") + "commit '" + context.mergeMessage + "' on " + target);
    }

    @Override
    public StepResult run() throws EnvironmentException {
        Optional<StepResult> merged = alreadyMerged();
        if (merged.isPresent()) {
            return merged.get();
        }
        boolean created = context.repository.localBranch(target).isEmpty();
        context.checkout(target);
        ObjectId before = context.localCommit(target);
        MergeResult result;
        try {
            result = context.git.merge().include(context.repository.jgit().findRef(context.hotfixBranch))
                    .setFastForward(FastForwardMode.NO_FF).setCommit(true).setMessage(context.mergeMessage).call();
        } catch (GitAPIException | IOException | RuntimeException e) {
            abort(before, created);
            throw context.failed("merge " + context.hotfixBranch + " into " + target, e);
        }

        switch (result.getMergeStatus()) {
            case MERGED:
                return StepResult.done(description(), "merge commit "
                        + FlowSupport.abbreviate(result.getNewHead()));
            case ALREADY_UP_TO_DATE:
                return StepResult.alreadyDone(description(), target + " contains " + context.hotfixBranch);
            case CONFLICTING:
                List<String> paths = new ArrayList<>(result.getConflicts().keySet());
                paths.sort(String::compareTo);
                abort(before, created);
                context.conflict = new MergeConflict(context.hotfixBranch, target, paths, context.mergeMessage,
                        context.resumeCommand);
                return StepResult.stopped(description(), "conflict in " + String.join(", ", paths) + "; the merge was"
                        + " aborted and " + target + " is unchanged");
            default:
                abort(before, created);
                throw new EnvironmentException("Merging " + context.hotfixBranch + " into " + target + " failed ("
                        + result.getMergeStatus() + (result.getFailingPaths() == null ? ""
                                : ", failing paths " + result.getFailingPaths().keySet()) + "); " + target
                        + " was reset to " + FlowSupport.abbreviate(before) + ". Check the working tree with git"
                        + " status and run hotfix:finish again.");
        }
    }

    private Optional<StepResult> alreadyMerged() throws EnvironmentException {
        Optional<ObjectId> tip = context.branchCommit(target);
        if (tip.isPresent() && context.repository.isAncestor(context.hotfixTip(), tip.get())) {
            return Optional.of(StepResult.alreadyDone(description(), target + " at "
                    + FlowSupport.abbreviate(tip.get()) + " contains " + context.hotfixBranch));
        }
        return Optional.empty();
    }

    /**
     * Resets the target to its commit before the merge, which also clears the merge state, checks out again what was
     * checked out when the finish began, and deletes the target branch when this step created it. The working tree was clean before, so
     * the reset discards only what the merge wrote.
     */
    private void abort(ObjectId before, boolean created) throws EnvironmentException {
        try {
            context.git.reset().setMode(ResetType.HARD).setRef(before.name()).call();
            context.restoreCheckout();
            if (created) {
                context.git.branchDelete().setBranchNames(target).setForce(true).call();
            }
        } catch (GitAPIException | RuntimeException e) {
            throw context.failed("abort the merge into " + target + " (run git merge --abort)", e);
        }
    }
}
