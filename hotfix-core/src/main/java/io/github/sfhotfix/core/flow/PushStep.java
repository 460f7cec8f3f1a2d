package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.RemoteRefUpdate.Status;

/**
 * Pushes the merged branches and the tag, and deletes the remote hotfix branch when asked, in one atomic push: the
 * remote applies every update or none. A rejection is an expected outcome and leaves the local merges and tag as
 * they are, so running the goal again pushes them.
 */
final class PushStep implements FlowStep {

    /** JGit's message for the updates an atomic push dropped because another update was rejected. */
    private static final String ATOMIC_ABORT = "transaction aborted";

    private final FinishContext context;
    private final List<String> branches;
    private final boolean deleteRemoteBranch;

    PushStep(FinishContext context, List<String> branches, boolean deleteRemoteBranch) {
        this.context = context;
        this.branches = List.copyOf(branches);
        this.deleteRemoteBranch = deleteRemoteBranch;
    }

    @Override
    public String description() {
        return "Push " + String.join(", ", branches) + " and " + context.tag
                + (deleteRemoteBranch ? ", and delete " + context.hotfixBranch + "," : "") + " to " + context.remote
                + " atomically";
    }

    @Override
    public StepResult plan() throws EnvironmentException {
        if (upToDate()) {
            return StepResult.alreadyDone(description(), remoteState());
        }
        return StepResult.planned(description(), "push " + String.join(" ", refSpecs()) + " to " + context.remote
                + " in one atomic push");
    }

    @Override
    public StepResult run() throws EnvironmentException {
        if (upToDate()) {
            return StepResult.alreadyDone(description(), remoteState());
        }
        List<RefSpec> specs = new ArrayList<>();
        for (String spec : refSpecs()) {
            specs.add(new RefSpec(spec));
        }
        Iterable<PushResult> results;
        try {
            results = context.git.push().setRemote(context.remote).setAtomic(true).setRefSpecs(specs).call();
        } catch (GitAPIException | RuntimeException e) {
            throw new EnvironmentException("Push to " + context.remote + " failed: "
                    + FlowSupport.maskCredentials(e.getMessage()) + ". The local merges and tag " + context.tag
                    + " are kept. Check the remote and your access, then run hotfix:finish -Dhotfix.push=true again.",
                    e);
        }

        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> aborted = new ArrayList<>();
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                String ref = update.getRemoteName();
                Status status = update.getStatus();
                if (status == Status.OK || status == Status.UP_TO_DATE || status == Status.NON_EXISTING) {
                    accepted.add(ref);
                } else if (status == Status.REJECTED_OTHER_REASON && ATOMIC_ABORT.equals(update.getMessage())) {
                    aborted.add(ref);
                } else {
                    String reason = update.getMessage() == null ? status.toString()
                            : status + ": " + FlowSupport.maskCredentials(update.getMessage());
                    rejected.add(ref + " (" + reason + ")");
                }
            }
        }
        if (rejected.isEmpty() && aborted.isEmpty()) {
            return StepResult.done(description(), "pushed " + String.join(", ", accepted));
        }
        aborted.addAll(accepted);
        context.pushRejection = context.remote + " rejected " + (rejected.isEmpty() ? "the atomic push"
                : String.join(", ", rejected)) + ", so nothing was pushed"
                + (aborted.isEmpty() ? "" : " (not pushed either: " + String.join(", ", aborted) + ")")
                + ". The local merges and tag " + context.tag + " are kept. Fetch (git fetch " + context.remote
                + "), bring each rejected branch up to date with git pull, then run hotfix:finish"
                + " -Dhotfix.push=true again.";
        return StepResult.stopped(description(), context.pushRejection);
    }

    private List<String> refSpecs() throws EnvironmentException {
        List<String> specs = new ArrayList<>();
        for (String branch : branches) {
            specs.add(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch);
        }
        specs.add(Constants.R_TAGS + context.tag + ":" + Constants.R_TAGS + context.tag);
        if (deleteRemoteBranch && context.repository.remoteTrackingBranch(context.remote, context.hotfixBranch)
                .isPresent()) {
            specs.add(":" + Constants.R_HEADS + context.hotfixBranch);
        }
        return specs;
    }

    /**
     * Returns true when the remote-tracking branches equal the local ones, the remote hotfix branch is gone when
     * asked, and the remote lists the tag.
     */
    private boolean upToDate() throws EnvironmentException {
        Optional<ObjectId> tag = context.repository.tagCommit(context.tag);
        if (tag.isEmpty()) {
            return false;
        }
        for (String branch : branches) {
            Optional<ObjectId> local = context.repository.localBranch(branch);
            Optional<ObjectId> remote = context.repository.remoteTrackingBranch(context.remote, branch);
            if (local.isEmpty() || remote.isEmpty() || !local.get().equals(remote.get())) {
                return false;
            }
        }
        boolean deleted = !deleteRemoteBranch
                || context.repository.remoteTrackingBranch(context.remote, context.hotfixBranch).isEmpty();
        return deleted && pushedTag();
    }

    /** Reads the remote's tag through ls-remote, the one network read this step makes before pushing. */
    private boolean pushedTag() throws EnvironmentException {
        try {
            return context.git.lsRemote().setRemote(context.remote).setTags(true).call().stream()
                    .anyMatch(ref -> ref.getName().equals(Constants.R_TAGS + context.tag));
        } catch (GitAPIException | RuntimeException e) {
            throw new EnvironmentException("Cannot list the tags of " + context.remote + ": "
                    + FlowSupport.maskCredentials(e.getMessage()) + ". Check the remote and your access.", e);
        }
    }

    private String remoteState() {
        return context.remote + " has " + String.join(", ", branches) + " and " + context.tag;
    }
}
