package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.policy.PolicyLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/** Reads shared by the process goals: the policy, the production branch and the hotfix branch. */
final class ProcessSupport {

    private ProcessSupport() {
    }

    static Policy loadPolicy(GitRepository repository, ProcessSettings settings)
            throws RejectedInputException, EnvironmentException {
        boolean named = settings.policyFile() != null;
        Path file = named ? settings.policyFile() : repository.workTree().resolve(PolicyLoader.FILE_NAME);
        return PolicyLoader.load(file, named, settings.overrides());
    }

    /** Returns a branch's commit: the local branch, else the remote-tracking branch of the policy's remote. */
    static Optional<ObjectId> branchCommit(GitRepository repository, Policy policy, String branch)
            throws EnvironmentException {
        Optional<ObjectId> local = repository.localBranch(branch);
        return local.isPresent() ? local : repository.remoteTrackingBranch(policy.get(PolicyKeys.REMOTE), branch);
    }

    /**
     * Returns the hotfix branch: {@code named} when given, else the checked-out branch.
     *
     * @throws RejectedInputException when HEAD is detached and no branch is named, or the branch lacks the prefix
     */
    static String hotfixBranch(GitRepository repository, Policy policy, String named)
            throws RejectedInputException, EnvironmentException {
        String prefix = policy.branchPrefix();
        String branch = named != null && !named.isBlank() ? named.trim()
                : repository.checkedOutBranch().orElseThrow(() -> new RejectedInputException("HEAD is detached, so"
                        + " there is no hotfix branch. Check out the hotfix branch (git switch " + prefix
                        + "<name>) or pass -Dhotfix.branch=" + prefix + "<name>."));
        if (!branch.startsWith(prefix)) {
            throw new RejectedInputException("Branch '" + branch + "' is not a hotfix branch: its name does not start"
                    + " with '" + prefix + "' (branchPrefix). Check out the hotfix branch, or pass -Dhotfix.branch="
                    + prefix + "<name>.");
        }
        return branch;
    }
}
