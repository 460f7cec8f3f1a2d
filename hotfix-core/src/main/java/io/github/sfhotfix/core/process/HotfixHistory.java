package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.docs.HotfixCommits;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.git.TagPattern;
import io.github.sfhotfix.core.git.Version;
import io.github.sfhotfix.core.policy.Policy;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.ReflogEntry;
import org.eclipse.jgit.lib.ReflogReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/** Reads the facts of one hotfix from git: by its branch, or by its release tag once the branch is gone. */
final class HotfixHistory {

    private static final Pattern BRANCH_LINE = Pattern.compile("(?m)^Branch:\\s*(\\S+)\\s*$");

    private HotfixHistory() {
    }

    /**
     * Reads the hotfix named by {@code tag} when given, else by {@code branch}, else the checked-out branch.
     *
     * @throws RejectedInputException when the tag or branch is unknown or not a hotfix started from a production tag
     */
    static HotfixFacts read(GitRepository repository, Policy policy, String branch, String tag)
            throws RejectedInputException, EnvironmentException {
        TagPattern pattern = new TagPattern(policy.tagPattern());
        if (tag != null && !tag.isBlank()) {
            return byTag(repository, policy, pattern, tag.trim());
        }
        String name = ProcessSupport.hotfixBranch(repository, policy, branch);
        ObjectId tipId = ProcessSupport.branchCommit(repository, policy, name).orElseThrow(() ->
                new RejectedInputException("Branch '" + name + "' not found locally or on the remote. Check the name,"
                        + " or pass the release tag with -Dhotfix.tag when the branch was deleted."));
        RevCommit tip = parse(repository, tipId);
        ProductionTag base = baseOf(repository, pattern, tip, name);
        ProductionTag release = releaseTag(repository, pattern, tip, base).orElse(null);
        return facts(repository, name, tip, base, release);
    }

    private static HotfixFacts byTag(GitRepository repository, Policy policy, TagPattern pattern, String tag)
            throws RejectedInputException, EnvironmentException {
        Optional<Version> version = pattern.versionOf(tag);
        Optional<ObjectId> commit = repository.tagCommit(tag);
        if (version.isEmpty() || commit.isEmpty()) {
            throw new RejectedInputException("Tag '" + tag + "' " + (commit.isEmpty() ? "not found" : "does not match"
                    + " the tag pattern '" + pattern + "'") + ". Pass a production tag such as "
                    + pattern.tagName(Version.parse("1.2.4")) + ", or fetch the tags with `git fetch --tags`.");
        }
        RevCommit tagged = parse(repository, commit.get());
        RevCommit tip = tagged.getParentCount() == 2 ? parse(repository, tagged.getParent(1)) : tagged;
        ProductionTag release = new ProductionTag(tag, version.get(), tagged);
        String branch = tagMessage(repository, tag).flatMap(HotfixHistory::branchIn)
                .orElse(policy.branchPrefix() + tag);
        ProductionTag base = highestBelow(repository, pattern, tip, version.get()).orElseThrow(() ->
                new RejectedInputException("No production tag below " + tag + " is contained in its hotfix commit "
                        + tip.abbreviate(8).name() + ", so the hotfix has no start. Fetch the tags with"
                        + " `git fetch --tags`."));
        return facts(repository, branch, tip, base, release);
    }

    private static HotfixFacts facts(GitRepository repository, String branch, RevCommit tip, ProductionTag base,
            ProductionTag release) throws RejectedInputException, EnvironmentException {
        List<RevCommit> commits = HotfixCommits.between(repository.jgit(), base.name(), tip);
        Instant started = branchCreated(repository, branch)
                .orElse(commits.isEmpty() ? tip.getCommitterIdent().getWhenAsInstant()
                        : commits.get(0).getAuthorIdent().getWhenAsInstant());
        Instant tagDate = release == null ? null : tagDate(repository, release.name());
        return new HotfixFacts(branch, tip, base, release, tagDate, started, commits);
    }

    static ProductionTag baseOf(GitRepository repository, TagPattern pattern, ObjectId tip, String branch)
            throws RejectedInputException, EnvironmentException {
        return repository.highestTagContainedIn(pattern, tip).orElseThrow(() -> new RejectedInputException(branch
                + " contains no production tag matching '" + pattern + "', so it was not started from one. Start"
                + " hotfixes with hotfix:start, or merge the production tag into " + branch + "."));
    }

    /** Finds the lowest production tag above the base whose commit contains the tip: the hotfix's release. */
    private static Optional<ProductionTag> releaseTag(GitRepository repository, TagPattern pattern, ObjectId tip,
            ProductionTag base) throws EnvironmentException {
        ProductionTag best = null;
        for (String name : repository.tagNames()) {
            Optional<Version> version = pattern.versionOf(name);
            if (version.isEmpty() || version.get().compareTo(base.version()) <= 0
                    || (best != null && version.get().compareTo(best.version()) >= 0)) {
                continue;
            }
            Optional<ObjectId> commit = repository.tagCommit(name);
            if (commit.isPresent() && repository.isAncestor(tip, commit.get())) {
                best = new ProductionTag(name, version.get(), commit.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<ProductionTag> highestBelow(GitRepository repository, TagPattern pattern, ObjectId tip,
            Version limit) throws EnvironmentException {
        ProductionTag best = null;
        for (String name : repository.tagNames()) {
            Optional<Version> version = pattern.versionOf(name);
            if (version.isEmpty() || version.get().compareTo(limit) >= 0
                    || (best != null && version.get().compareTo(best.version()) <= 0)) {
                continue;
            }
            Optional<ObjectId> commit = repository.tagCommit(name);
            if (commit.isPresent() && repository.isAncestor(commit.get(), tip)) {
                best = new ProductionTag(name, version.get(), commit.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns when a tag was created: the tagger's time for an annotated tag, else the commit time. */
    static Instant tagDate(GitRepository repository, String tag) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            Ref ref = repository.jgit().exactRef(Constants.R_TAGS + tag);
            RevObject object = walk.parseAny(ref.getObjectId());
            if (object instanceof RevTag annotated && annotated.getTaggerIdent() != null) {
                return annotated.getTaggerIdent().getWhenAsInstant();
            }
            return walk.parseCommit(ref.getObjectId()).getCommitterIdent().getWhenAsInstant();
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read tag " + tag + " in " + repository.workTree() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Returns the full message of an annotated tag, or empty for a lightweight tag. */
    static Optional<String> tagMessage(GitRepository repository, String tag) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            Ref ref = repository.jgit().exactRef(Constants.R_TAGS + tag);
            if (ref == null) {
                return Optional.empty();
            }
            RevObject object = walk.parseAny(ref.getObjectId());
            return object instanceof RevTag annotated ? Optional.of(annotated.getFullMessage()) : Optional.empty();
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read tag " + tag + " in " + repository.workTree() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Returns the hotfix branch that {@code hotfix:finish} names in a tag message ({@code Branch: hotfix/x}). */
    static Optional<String> branchIn(String tagMessage) {
        Matcher matcher = BRANCH_LINE.matcher(tagMessage);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Instant> branchCreated(GitRepository repository, String branch)
            throws EnvironmentException {
        try {
            ReflogReader reflog = repository.jgit().getRefDatabase().getReflogReader(Constants.R_HEADS + branch);
            if (reflog == null) {
                return Optional.empty();
            }
            List<ReflogEntry> entries = new ArrayList<>(reflog.getReverseEntries());
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            PersonIdent who = entries.get(entries.size() - 1).getWho();
            return Optional.of(who.getWhenAsInstant());
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read the reflog of " + branch + " in " + repository.workTree()
                    + ": " + e.getMessage(), e);
        }
    }

    private static RevCommit parse(GitRepository repository, ObjectId id) throws EnvironmentException {
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            return walk.parseCommit(id);
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read commit " + id.name() + " in " + repository.workTree()
                    + ": " + e.getMessage(), e);
        }
    }
}
