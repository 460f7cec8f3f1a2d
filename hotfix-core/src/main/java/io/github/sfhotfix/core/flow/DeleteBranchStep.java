package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Deletes the local hotfix branch after the merges, checking out the production branch first. JGit refuses the
 * deletion unless the production branch contains the hotfix, so no commit is lost.
 */
final class DeleteBranchStep implements FlowStep {

    private final FinishContext context;

    DeleteBranchStep(FinishContext context) {
        this.context = context;
    }

    @Override
    public String description() {
        return "Delete the local branch " + context.hotfixBranch;
    }

    @Override
    public StepResult plan() throws EnvironmentException {
        if (context.repository.localBranch(context.hotfixBranch).isEmpty()) {
            return StepResult.alreadyDone(description(), context.hotfixBranch + " does not exist");
        }
        return StepResult.planned(description(), "check out " + context.productionBranch + " and delete "
                + context.hotfixBranch);
    }

    @Override
    public StepResult run() throws EnvironmentException {
        if (context.repository.localBranch(context.hotfixBranch).isEmpty()) {
            return StepResult.alreadyDone(description(), context.hotfixBranch + " does not exist");
        }
        context.checkout(context.productionBranch);
        try {
            context.git.branchDelete().setBranchNames(context.hotfixBranch).setForce(false).call();
            return StepResult.done(description(), "deleted; " + context.productionBranch + " is checked out");
        } catch (GitAPIException | RuntimeException e) {
            throw context.failed("delete branch " + context.hotfixBranch, e);
        }
    }
}
