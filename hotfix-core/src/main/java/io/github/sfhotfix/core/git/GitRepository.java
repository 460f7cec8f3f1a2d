package io.github.sfhotfix.core.git;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.PatchIdDiffFormatter;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Read access to the facts of a git repository that hotfix rules need: refs, tags, ancestry, change sets and commit
 * messages. Every method reads the object database and refs through JGit and never runs the git executable.
 */
public final class GitRepository implements AutoCloseable {

    private final Repository repository;

    private GitRepository(Repository repository) {
        this.repository = repository;
    }

    /**
     * Opens the repository that contains a directory, searching parent directories as git does.
     *
     * @throws EnvironmentException when no repository contains the directory, or it cannot be read
     */
    public static GitRepository open(Path directory) throws EnvironmentException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new EnvironmentException("Not a git repository: " + directory.toAbsolutePath()
                    + " (nor any parent folder). Run the goal inside the Salesforce DX repository's clone.");
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                throw new EnvironmentException("Repository " + builder.getGitDir() + " is bare; run the goal in a"
                        + " clone with a working tree.");
            }
            return new GitRepository(repository);
        } catch (RepositoryNotFoundException e) {
            throw new EnvironmentException("Not a git repository: " + directory.toAbsolutePath()
                    + ". Run the goal inside the Salesforce DX repository's clone.", e);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot open git repository at " + builder.getGitDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Wraps a JGit repository the caller owns; {@link #close()} then closes it. */
    public static GitRepository of(Repository repository) {
        return new GitRepository(repository);
    }

    /** Returns the underlying JGit repository, for writes done by other core classes. */
    public Repository jgit() {
        return repository;
    }

    /** Returns the root of the working tree. */
    public Path workTree() {
        return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** Returns a directory's path relative to the working tree root, with forward slashes; empty for the root. */
    public String relativePath(Path directory) {
        Path relative = workTree().relativize(directory.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    /**
     * Returns the commit HEAD points to.
     *
     * @throws RejectedInputException when the repository has no commit yet
     */
    public ObjectId head() throws RejectedInputException, EnvironmentException {
        try {
            ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                throw new RejectedInputException("The repository at " + workTree()
                        + " has no commit yet. Commit the hotfix first.");
            }
            return head;
        } catch (IOException e) {
            throw broken("resolve HEAD", e);
        }
    }

    /** Returns the checked-out branch's short name, or empty when HEAD is detached. */
    public Optional<String> checkedOutBranch() throws EnvironmentException {
        try {
            String full = repository.getFullBranch();
            if (full != null && full.startsWith(Constants.R_HEADS)) {
                return Optional.of(full.substring(Constants.R_HEADS.length()));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw broken("read HEAD", e);
        }
    }

    /**
     * Finds a branch: the local branch, else the remote-tracking branch of {@code origin} (as CI checkouts have).
     *
     * @return the ref's short name ({@code develop} or {@code origin/develop}) and its commit, or empty
     */
    public Optional<BranchTip> branch(String name) throws EnvironmentException {
        for (String refName : List.of(Constants.R_HEADS + name, Constants.R_REMOTES + "origin/" + name)) {
            Optional<ObjectId> commit = refCommit(refName);
            if (commit.isPresent()) {
                return Optional.of(new BranchTip(Repository.shortenRefName(refName), commit.get()));
            }
        }
        return Optional.empty();
    }

    /** Returns every local branch name that starts with a prefix, sorted. */
    public List<String> localBranches(String prefix) throws EnvironmentException {
        try {
            List<String> names = new ArrayList<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS + prefix)) {
                names.add(ref.getName().substring(Constants.R_HEADS.length()));
            }
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw broken("list branches", e);
        }
    }

    /** Returns true when the clone is shallow, so history before some commits is missing. */
    public boolean isShallow() throws EnvironmentException {
        try {
            return !repository.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException e) {
            throw broken("read the shallow commit list", e);
        }
    }

    /** Returns true when {@code ancestor} is {@code descendant} or one of its ancestors. */
    public boolean isAncestor(ObjectId ancestor, ObjectId descendant) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(descendant));
        } catch (IOException e) {
            throw broken("compare commits " + ancestor.abbreviate(8).name() + " and "
                    + descendant.abbreviate(8).name(), e);
        }
    }

    /** Returns the best common ancestor of two commits, or empty when they share no history. */
    public Optional<ObjectId> mergeBase(ObjectId first, ObjectId second) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(first));
            walk.markStart(walk.parseCommit(second));
            RevCommit base = walk.next();
            return Optional.ofNullable(base).map(RevCommit::copy);
        } catch (IOException e) {
            throw broken("compute the merge base", e);
        }
    }

    /** Returns every tag name, sorted. */
    public List<String> tagNames() throws EnvironmentException {
        try {
            Set<String> names = new TreeSet<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                names.add(ref.getName().substring(Constants.R_TAGS.length()));
            }
            return new ArrayList<>(names);
        } catch (IOException e) {
            throw broken("list tags", e);
        }
    }

    /** Returns the commit a tag points to, annotated tags peeled, or empty when the tag does not exist. */
    public Optional<ObjectId> tagCommit(String tagName) throws EnvironmentException {
        try {
            Ref ref = repository.exactRef(Constants.R_TAGS + tagName);
            if (ref == null) {
                return Optional.empty();
            }
            try (RevWalk walk = new RevWalk(repository)) {
                return Optional.of(walk.parseCommit(ref.getObjectId()).copy());
            }
        } catch (MissingObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw broken("read tag " + tagName, e);
        }
    }

    /**
     * Finds the production tag: the highest version among tags matching the pattern, by version order.
     *
     * @throws RejectedInputException when no tag matches; the message names the pattern and the tags seen
     */
    public ProductionTag productionTag(TagPattern pattern) throws RejectedInputException, EnvironmentException {
        List<String> names = tagNames();
        List<ProductionTag> candidates = new ArrayList<>();
        for (String name : names) {
            pattern.versionOf(name).ifPresent(version -> candidates.add(new ProductionTag(name, version, null)));
        }
        // Highest version first, so only the winner's commit is read: repositories carry thousands of tags.
        candidates.sort(Comparator.comparing(ProductionTag::version).reversed().thenComparing(ProductionTag::name));
        for (ProductionTag candidate : candidates) {
            Optional<ObjectId> commit = tagCommit(candidate.name());
            if (commit.isPresent()) {
                return new ProductionTag(candidate.name(), candidate.version(), commit.get());
            }
        }
        throw new RejectedInputException(noTagMessage(pattern, names));
    }

    private String noTagMessage(TagPattern pattern, List<String> names) throws EnvironmentException {
        String hint = isShallow()
                ? " This clone is shallow and may lack tags: run `git fetch --unshallow --tags`"
                        + " (in GitHub Actions, set `fetch-depth: 0` on actions/checkout)."
                : " Tag the commit that is in production, such as `git tag -a " + pattern.tagName(Version.parse("1.0.0"))
                        + " <commit>`, or set tagPattern (-Dhotfix.tagPattern) to your naming scheme.";
        if (names.isEmpty()) {
            return "No production tag: the repository has no tags (tag pattern '" + pattern + "')." + hint;
        }
        List<String> seen = names.size() > 10 ? names.subList(names.size() - 10, names.size()) : names;
        return "No production tag: no tag matches the pattern '" + pattern + "'. Tags seen"
                + (names.size() > 10 ? " (last 10 of " + names.size() + ")" : "") + ": " + String.join(", ", seen)
                + "." + hint;
    }

    /**
     * Lists the files changed between two commits, with renames detected.
     *
     * @return changes sorted by path
     */
    public List<Change> changes(ObjectId base, ObjectId head) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository); TreeWalk treeWalk = new TreeWalk(repository)) {
            treeWalk.setRecursive(true);
            treeWalk.setFilter(TreeFilter.ANY_DIFF);
            treeWalk.addTree(walk.parseCommit(base).getTree());
            treeWalk.addTree(walk.parseCommit(head).getTree());
            RenameDetector renames = new RenameDetector(repository);
            renames.addAll(DiffEntry.scan(treeWalk));

            List<Change> changes = new ArrayList<>();
            for (DiffEntry entry : renames.compute()) {
                changes.add(toChange(entry));
            }
            changes.sort(Comparator.comparing(Change::path));
            return changes;
        } catch (IOException e) {
            throw broken("compute the change set", e);
        }
    }

    private static Change toChange(DiffEntry entry) {
        switch (entry.getChangeType()) {
            case ADD:
                return new Change(entry.getNewPath(), null, ChangeStatus.ADDED, entry.getNewId().name());
            case DELETE:
                return new Change(entry.getOldPath(), null, ChangeStatus.DELETED, null);
            case RENAME:
                return new Change(entry.getNewPath(), entry.getOldPath(), ChangeStatus.RENAMED,
                        entry.getNewId().name());
            case COPY:
                return new Change(entry.getNewPath(), entry.getOldPath(), ChangeStatus.COPIED,
                        entry.getNewId().name());
            default:
                return new Change(entry.getNewPath(), null, ChangeStatus.MODIFIED, entry.getNewId().name());
        }
    }

    /**
     * Lists the commits reachable from {@code head} but not from {@code base}, oldest first.
     */
    public List<CommitInfo> commits(ObjectId base, ObjectId head) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            if (base != null) {
                walk.markUninteresting(walk.parseCommit(base));
            }
            List<CommitInfo> commits = new ArrayList<>();
            for (RevCommit commit : walk) {
                commits.add(toInfo(commit));
            }
            Collections.reverse(commits);
            return commits;
        } catch (IOException e) {
            throw broken("list commits", e);
        }
    }

    /** Returns the ids of the commits reachable from {@code tip} but not from {@code base}. */
    public Set<String> commitIds(ObjectId base, ObjectId tip) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(tip));
            if (base != null) {
                walk.markUninteresting(walk.parseCommit(base));
            }
            Set<String> ids = new HashSet<>();
            for (RevCommit commit : walk) {
                ids.add(commit.name());
            }
            return ids;
        } catch (IOException e) {
            throw broken("list commits", e);
        }
    }

    /**
     * Lists the working-tree paths with uncommitted changes, untracked files included, except those under the
     * given repository-relative folders (the tool's own output).
     */
    public List<String> uncommittedPaths(List<String> ignoredFolders) throws EnvironmentException {
        try (Git git = new Git(repository)) {
            Status status = git.status().call();
            Set<String> paths = new TreeSet<>(status.getUncommittedChanges());
            paths.addAll(status.getUntracked());
            List<String> kept = new ArrayList<>();
            for (String path : paths) {
                if (ignoredFolders.stream().noneMatch(folder -> path.startsWith(folder))) {
                    kept.add(path);
                }
            }
            return kept;
        } catch (GitAPIException | RuntimeException e) {
            throw new EnvironmentException("Cannot read the working tree status of " + workTree() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reads a file's content at a commit, or empty when the file does not exist there. */
    public Optional<byte[]> readFile(ObjectId commit, String path) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository);
                TreeWalk treeWalk = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            if (treeWalk == null) {
                return Optional.empty();
            }
            ObjectLoader loader = repository.open(treeWalk.getObjectId(0), Constants.OBJ_BLOB);
            return Optional.of(loader.getBytes());
        } catch (IOException e) {
            throw broken("read " + path + " at " + commit.abbreviate(8).name(), e);
        }
    }

    /** Reads one commit's facts. */
    public CommitInfo commit(ObjectId id) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository)) {
            return toInfo(walk.parseCommit(id));
        } catch (IOException e) {
            throw broken("read commit " + id.name(), e);
        }
    }

    private static CommitInfo toInfo(RevCommit commit) {
        return new CommitInfo(commit.name(), commit.abbreviate(8).name(), commit.getShortMessage(),
                commit.getFullMessage(), commit.getParentCount(), commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getEmailAddress());
    }

    /**
     * Finds the highest-versioned tag matching the pattern whose commit {@code head} contains: the production tag a
     * branch was started from, or the last one merged into it.
     */
    public Optional<ProductionTag> highestTagContainedIn(TagPattern pattern, ObjectId head) throws EnvironmentException {
        ProductionTag best = null;
        for (String name : tagNames()) {
            Optional<Version> version = pattern.versionOf(name);
            if (version.isEmpty() || (best != null && version.get().compareTo(best.version()) <= 0)) {
                continue;
            }
            Optional<ObjectId> commit = tagCommit(name);
            if (commit.isPresent() && isAncestor(commit.get(), head)) {
                best = new ProductionTag(name, version.get(), commit.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Finds the commit on a branch's first-parent chain that brought {@code commit} into the branch: the oldest
     * first-parent commit that contains it, which is the merge commit when the commit arrived by a merge.
     *
     * @return empty when the branch does not contain the commit
     */
    public Optional<ObjectId> firstParentContaining(ObjectId branchTip, ObjectId commit) throws EnvironmentException {
        if (!isAncestor(commit, branchTip)) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit target = walk.parseCommit(commit);
            RevCommit current = walk.parseCommit(branchTip);
            RevCommit found = current;
            while (current.getParentCount() > 0) {
                RevCommit parent = walk.parseCommit(current.getParent(0));
                if (!walk.isMergedInto(target, parent)) {
                    break;
                }
                walk.reset();
                found = parent;
                current = parent;
            }
            return Optional.of(found.copy());
        } catch (IOException e) {
            throw broken("walk the first-parent history from " + branchTip.abbreviate(8).name(), e);
        }
    }

    /**
     * Computes a commit's patch id from its diff against its first parent, as {@code git patch-id} does, so a
     * cherry-picked copy of the commit has the same id. Merge commits and root commits have none.
     */
    public Optional<ObjectId> patchId(ObjectId commitId) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository);
                PatchIdDiffFormatter formatter = new PatchIdDiffFormatter()) {
            RevCommit commit = walk.parseCommit(commitId);
            if (commit.getParentCount() != 1) {
                return Optional.empty();
            }
            RevCommit parent = walk.parseCommit(commit.getParent(0));
            formatter.setRepository(repository);
            formatter.format(parent.getTree(), commit.getTree());
            formatter.flush();
            return Optional.of(formatter.getCalulatedPatchId());
        } catch (IOException e) {
            throw broken("compute the patch id of " + commitId.abbreviate(8).name(), e);
        }
    }

    /** Returns the commit of a remote-tracking branch, such as {@code origin/main}, or empty when there is none. */
    public Optional<ObjectId> remoteTrackingBranch(String remote, String branch) throws EnvironmentException {
        return refCommit(Constants.R_REMOTES + remote + "/" + branch);
    }

    /** Returns the commit of a local branch, or empty when there is none. */
    public Optional<ObjectId> localBranch(String branch) throws EnvironmentException {
        return refCommit(Constants.R_HEADS + branch);
    }

    /** Returns every remote-tracking branch of a remote whose name starts with a prefix, without the remote, sorted. */
    public List<String> remoteTrackingBranches(String remote, String prefix) throws EnvironmentException {
        try {
            String start = Constants.R_REMOTES + remote + "/";
            List<String> names = new ArrayList<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(start + prefix)) {
                names.add(ref.getName().substring(start.length()));
            }
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw broken("list remote-tracking branches", e);
        }
    }

    private Optional<ObjectId> refCommit(String refName) throws EnvironmentException {
        try {
            Ref ref = repository.exactRef(refName);
            if (ref == null || ref.getObjectId() == null) {
                return Optional.empty();
            }
            try (RevWalk walk = new RevWalk(repository)) {
                return Optional.of(walk.parseCommit(ref.getObjectId()).copy());
            }
        } catch (IOException e) {
            throw broken("read " + refName, e);
        }
    }

    private EnvironmentException broken(String action, IOException cause) {
        return new EnvironmentException("Cannot " + action + " in " + repository.getDirectory() + ": "
                + cause.getMessage() + ". Check that the repository is complete (`git fsck`).", cause);
    }

    @Override
    public void close() {
        repository.close();
    }

    /**
     * A branch found by {@link #branch(String)}.
     *
     * @param name {@code develop} for a local branch, {@code origin/develop} for a remote-tracking one
     * @param commit the commit the branch points to
     */
    public record BranchTip(String name, ObjectId commit) {
    }
}
