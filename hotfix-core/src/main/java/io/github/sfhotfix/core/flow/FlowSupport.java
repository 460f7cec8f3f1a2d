package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RepositoryState;

/** Checks and reads shared by start, finish and reconcile, all done before the first write. */
final class FlowSupport {

    private static final Pattern URL_CREDENTIALS = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@");

    private FlowSupport() {
    }

    static Policy loadPolicy(GitRepository repository, Path policyFile, Map<String, String> overrides)
            throws RejectedInputException, EnvironmentException {
        boolean named = policyFile != null;
        Path file = named ? policyFile : repository.workTree().resolve(PolicyLoader.FILE_NAME);
        return PolicyLoader.load(file, named, overrides);
    }

    /**
     * Rejects a repository in the middle of a merge, rebase, cherry-pick or revert, since a checkout or merge would
     * mix the user's unfinished work with ours.
     */
    static void requireNoOperationInProgress(GitRepository repository) throws RejectedInputException {
        RepositoryState state = repository.jgit().getRepositoryState();
        if (state != RepositoryState.SAFE) {
            throw new RejectedInputException("The repository at " + repository.workTree() + " is in the middle of "
                    + state.getDescription() + ". Finish it (git commit) or abort it (such as git merge --abort),"
                    + " then run the goal again.");
        }
    }

    /**
     * Rejects lock files that another git process leaves while it writes, or left behind when it crashed: the index,
     * HEAD, packed refs and the branches and tags about to change.
     */
    static void requireNoLockFiles(GitRepository repository, List<String> refNames) throws RejectedInputException {
        Path gitDir = repository.jgit().getDirectory().toPath();
        List<String> candidates = new ArrayList<>(List.of("index", "HEAD", "packed-refs", "config"));
        candidates.addAll(refNames);
        List<String> found = new ArrayList<>();
        for (String candidate : candidates) {
            Path lock = gitDir.resolve(candidate + ".lock");
            if (Files.exists(lock)) {
                found.add(lock.toString());
            }
        }
        if (!found.isEmpty()) {
            throw new RejectedInputException("Git lock file(s) present: " + String.join(", ", found) + ". Another git"
                    + " process is running, or one crashed. Wait for it to end; if none runs, delete the lock file(s)"
                    + " and run the goal again.");
        }
    }

    /** Rejects uncommitted and untracked files, listing them, except those under the given folders. */
    static void requireCleanWorkingTree(GitRepository repository, List<String> ignoredFolders, String goal)
            throws RejectedInputException, EnvironmentException {
        List<String> dirty = repository.uncommittedPaths(ignoredFolders);
        if (dirty.isEmpty()) {
            return;
        }
        List<String> listed = dirty.size() > 20 ? dirty.subList(0, 20) : dirty;
        throw new RejectedInputException("The working tree has " + dirty.size() + " uncommitted or untracked"
                + " file(s): " + String.join(", ", listed) + (dirty.size() > 20 ? ", ..." : "") + ". Commit or stash"
                + " them (git stash --include-untracked), then run " + goal + " again.");
    }

    /** Returns the folder relative to the working tree, with a trailing slash, when it lies inside it. */
    static List<String> foldersInside(GitRepository repository, Path folder) {
        if (folder == null) {
            return List.of();
        }
        String relative = repository.relativePath(folder);
        if (relative.isEmpty() || relative.startsWith("..")) {
            return List.of();
        }
        return List.of(relative + "/");
    }

    /** Finds a branch locally, else as the remote's remote-tracking branch. */
    static Optional<ObjectId> branchCommit(GitRepository repository, String remote, String branch)
            throws EnvironmentException {
        Optional<ObjectId> local = repository.localBranch(branch);
        return local.isPresent() ? local : repository.remoteTrackingBranch(remote, branch);
    }

    static String abbreviate(ObjectId id) {
        return id.abbreviate(8).name();
    }

    /** Removes credentials from URLs in a message from JGit, such as {@code https://token@host/repo.git}. */
    static String maskCredentials(String message) {
        return message == null ? "" : URL_CREDENTIALS.matcher(message).replaceAll("$1***@");
    }
}
