package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.api.CreateBranchCommand.SetupUpstreamMode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The facts every finish step shares, checked before the first write, and the outcomes a step hands back to the
 * result.
 */
final class FinishContext {

    final GitRepository repository;
    final Git git;
    final String hotfixBranch;
    final String remote;
    final String productionBranch;
    final String tag;
    final String mergeMessage;
    /** The branch checked out when the finish began, or null when HEAD was detached. */
    final String originalBranch;
    /** The commit HEAD pointed to when the finish began. */
    final ObjectId originalCommit;
    /** The command that runs the finish again with the same settings, for the instructions after a conflict. */
    final String resumeCommand;

    MergeConflict conflict;
    String pushRejection;

    FinishContext(GitRepository repository, String hotfixBranch, String remote, String productionBranch, String tag,
            Optional<String> originalBranch, ObjectId originalCommit, String resumeCommand) {
        this.repository = repository;
        this.git = new Git(repository.jgit());
        this.hotfixBranch = hotfixBranch;
        this.remote = remote;
        this.productionBranch = productionBranch;
        this.tag = tag;
        this.mergeMessage = "Merge hotfix: " + hotfixBranch;
        this.originalBranch = originalBranch.orElse(null);
        this.originalCommit = originalCommit;
        this.resumeCommand = resumeCommand;
    }

    /** Returns the hotfix branch's commit now; a step before may have added a commit. */
    ObjectId hotfixTip() throws EnvironmentException {
        return localCommit(hotfixBranch);
    }

    /** Returns a local branch's commit. */
    ObjectId localCommit(String branch) throws EnvironmentException {
        return repository.localBranch(branch).orElseThrow(() -> new EnvironmentException("Branch " + branch
                + " disappeared while hotfix:finish ran. Check the repository with git branch."));
    }

    /** Returns a branch's commit: the local branch, else the remote-tracking one. */
    Optional<ObjectId> branchCommit(String branch) throws EnvironmentException {
        return FlowSupport.branchCommit(repository, remote, branch);
    }

    /** Checks out a branch, first creating the local branch from the remote-tracking one when only that exists. */
    void checkout(String branch) throws EnvironmentException {
        try {
            if (branch.equals(repository.checkedOutBranch().orElse(null))) {
                return;
            }
            if (repository.localBranch(branch).isPresent()) {
                git.checkout().setName(branch).call();
            } else {
                git.checkout().setCreateBranch(true).setName(branch).setStartPoint(remote + "/" + branch)
                        .setUpstreamMode(SetupUpstreamMode.TRACK).call();
            }
        } catch (GitAPIException | RuntimeException e) {
            throw failed("check out " + branch, e);
        }
    }

    /**
     * Checks out what was checked out when the finish began: the same branch, or the same commit with HEAD detached.
     * When that branch no longer exists, because the finish deleted the hotfix branch, the checkout stays as it is.
     */
    void restoreCheckout() throws EnvironmentException {
        if (originalBranch != null) {
            if (repository.localBranch(originalBranch).isPresent()) {
                checkout(originalBranch);
            }
            return;
        }
        try {
            if (repository.checkedOutBranch().isEmpty() && repository.head().equals(originalCommit)) {
                return;
            }
            git.checkout().setName(originalCommit.name()).call();
        } catch (GitAPIException | RejectedInputException | RuntimeException e) {
            throw failed("check out " + FlowSupport.abbreviate(originalCommit) + " (detached HEAD)", e);
        }
    }

    EnvironmentException failed(String action, Exception cause) {
        return new EnvironmentException("Cannot " + action + " in " + repository.workTree() + ": "
                + FlowSupport.maskCredentials(cause.getMessage()) + ". Check the repository with git status; steps"
                + " done so far stay, and hotfix:finish continues from them when run again.", cause);
    }

    EnvironmentException failed(String action, IOException cause) {
        return failed(action, (Exception) cause);
    }
}
