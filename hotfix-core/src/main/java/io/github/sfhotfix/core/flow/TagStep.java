package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Creates the annotated tag of the new version on the commit that brought the hotfix into the production branch.
 * Done already when the tag exists; {@link HotfixFinish} rejects a tag of that name on another commit before any
 * step runs.
 */
final class TagStep implements FlowStep {

    private final FinishContext context;
    private final String message;

    TagStep(FinishContext context, String message) {
        this.context = context;
        this.message = message;
    }

    @Override
    public String description() {
        return "Tag " + context.tag + " on the merge commit on " + context.productionBranch;
    }

    @Override
    public StepResult plan() throws EnvironmentException {
        Optional<ObjectId> existing = context.repository.tagCommit(context.tag);
        if (existing.isPresent()) {
            return StepResult.alreadyDone(description(), context.tag + " points to "
                    + FlowSupport.abbreviate(existing.get()));
        }
        Optional<ObjectId> target = mergeCommit();
        return StepResult.planned(description(), "create annotated tag " + context.tag + " on "
                + target.map(FlowSupport::abbreviate).orElse("the merge commit of the step before"));
    }

    @Override
    public StepResult run() throws EnvironmentException {
        Optional<ObjectId> existing = context.repository.tagCommit(context.tag);
        if (existing.isPresent()) {
            return StepResult.alreadyDone(description(), context.tag + " points to "
                    + FlowSupport.abbreviate(existing.get()));
        }
        ObjectId target = mergeCommit().orElseThrow(() -> new EnvironmentException(context.productionBranch
                + " does not contain " + context.hotfixBranch + " after the merge step, so there is no commit to tag."
                + " Check the branch with git log " + context.productionBranch + "."));
        try (RevWalk walk = new RevWalk(context.repository.jgit())) {
            RevCommit commit = walk.parseCommit(target);
            context.git.tag().setName(context.tag).setObjectId(commit).setAnnotated(true).setMessage(message).call();
            return StepResult.done(description(), context.tag + " on " + FlowSupport.abbreviate(target));
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw context.failed("create tag " + context.tag, e);
        }
    }

    private Optional<ObjectId> mergeCommit() throws EnvironmentException {
        Optional<ObjectId> production = context.repository.localBranch(context.productionBranch);
        if (production.isEmpty()) {
            return Optional.empty();
        }
        return context.repository.firstParentContaining(production.get(), context.hotfixTip());
    }
}
