package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.docs.Changelog;
import io.github.sfhotfix.core.docs.ChangelogEntry;
import io.github.sfhotfix.core.docs.HotfixCommits;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.git.Version;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Commits the new version's changelog entry on the hotfix branch before the merges, so the production branch, the
 * tag and the integration branch all carry it. The fixes are the hotfix's own commits since the production tag it
 * started from. Done already when the branch's changelog has the version, when the tag exists or when the production
 * branch contains the hotfix: an entry committed after the merge would need a second merge.
 */
final class ChangelogStep implements FlowStep {

    private final FinishContext context;
    private final ChangelogEntry entry;
    private final String path;
    private final String commitSubject;

    private ChangelogStep(FinishContext context, ChangelogEntry entry, String path, String commitSubject) {
        this.context = context;
        this.entry = entry;
        this.path = path;
        this.commitSubject = commitSubject;
    }

    /** Collects the hotfix's commits and prepares the entry, before any write. */
    static ChangelogStep prepare(FinishContext context, ObjectId hotfixTip, ProductionTag base, Version version,
            LocalDate date, String path, String subjectPrefix) throws RejectedInputException, EnvironmentException {
        List<RevCommit> commits = HotfixCommits.between(context.repository.jgit(), base.name(), hotfixTip);
        ChangelogEntry entry = commits.isEmpty() ? null : ChangelogEntry.fromCommits(version.toString(), date, commits);
        return new ChangelogStep(context, entry, path, subjectPrefix + " add changelog entry for " + version);
    }

    @Override
    public String description() {
        return "Add the " + context.tag + " entry to " + path + " on " + context.hotfixBranch;
    }

    @Override
    public StepResult plan() throws EnvironmentException {
        Optional<StepResult> done = alreadyDone();
        if (done.isPresent()) {
            return done.get();
        }
        return StepResult.planned(description(), "commit '" + commitSubject + "' with " + entry.fixes().size()
                + " fix(es) on " + context.hotfixBranch);
    }

    @Override
    public StepResult run() throws EnvironmentException {
        Optional<StepResult> done = alreadyDone();
        if (done.isPresent()) {
            return done.get();
        }
        context.checkout(context.hotfixBranch);
        Changelog.addTo(context.repository.workTree().resolve(path), entry);
        try {
            context.git.add().addFilepattern(path).call();
            ObjectId commit = context.git.commit().setMessage(commitSubject).call();
            return StepResult.done(description(), "commit " + FlowSupport.abbreviate(commit));
        } catch (GitAPIException | RuntimeException e) {
            throw context.failed("commit " + path, e);
        }
    }

    private Optional<StepResult> alreadyDone() throws EnvironmentException {
        if (entry == null) {
            return Optional.of(StepResult.alreadyDone(description(), context.hotfixBranch + " has no commits since"
                    + " its production tag, so there is nothing to list"));
        }
        if (context.repository.tagCommit(context.tag).isPresent()) {
            return Optional.of(StepResult.alreadyDone(description(), context.tag + " exists; add a missing entry"
                    + " with hotfix:changelog"));
        }
        ObjectId tip = context.hotfixTip();
        Optional<ObjectId> production = context.branchCommit(context.productionBranch);
        if (production.isPresent() && context.repository.isAncestor(tip, production.get())) {
            return Optional.of(StepResult.alreadyDone(description(), context.productionBranch + " contains "
                    + context.hotfixBranch + "; add a missing entry with hotfix:changelog"));
        }
        Optional<byte[]> text = context.repository.readFile(tip, path);
        if (text.isPresent() && Changelog.containsVersion(new String(text.get(), StandardCharsets.UTF_8),
                entry.version())) {
            return Optional.of(StepResult.alreadyDone(description(), path + " has " + entry.version()));
        }
        return Optional.empty();
    }
}
