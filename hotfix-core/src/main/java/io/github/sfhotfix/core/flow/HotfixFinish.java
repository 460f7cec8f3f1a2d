package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.git.TagPattern;
import io.github.sfhotfix.core.git.Version;
import io.github.sfhotfix.core.policy.MergeTarget;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.policy.TwoPartVersions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes a hotfix: commits the changelog entry on the hotfix branch, merges the branch with merge commits into
 * the production branch, tags the next patch version on that merge, merges it into the integration and in-flight
 * release branches, and optionally pushes everything in one atomic push. Every input is checked before the first write. Each step reads git first, so after a conflict
 * resolved by hand, running the goal again continues where it stopped, and after a complete finish writes nothing.
 */
public final class HotfixFinish {

    private static final Logger LOG = LoggerFactory.getLogger(HotfixFinish.class);
    private static final Pattern SEVERITY = Pattern.compile("(?im)^severity\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern ISSUE = Pattern.compile("(?im)^issue\\s*:\\s*(\\S+)\\s*$");

    /**
     * Finishes the hotfix branch the request names, or the checked-out one.
     *
     * @throws RejectedInputException when an input is not acceptable; nothing was written
     * @throws EnvironmentException when git cannot be read or written; steps done before stay done
     */
    public FinishResult finish(FinishRequest request) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(request.directory())) {
            return finish(request, repository);
        }
    }

    private FinishResult finish(FinishRequest request, GitRepository repository)
            throws RejectedInputException, EnvironmentException {
        Policy policy = FlowSupport.loadPolicy(repository, request.policyFile(), request.overrides());
        String remote = policy.get(PolicyKeys.REMOTE);
        FlowSupport.requireNoOperationInProgress(repository);
        Optional<String> checkedOut = repository.checkedOutBranch();
        String branch = hotfixBranch(request, policy, checkedOut);
        ObjectId hotfixTip = repository.localBranch(branch).orElseThrow(() -> new RejectedInputException("Branch "
                + branch + " not found locally. Check it out (git switch " + branch + ") and run hotfix:finish again."));

        String production = policy.productionBranch();
        requireBranch(repository, remote, production, PolicyKeys.PRODUCTION_BRANCH.name());
        List<String> targets = mergeTargets(request, repository, policy, remote, production);
        TagPattern pattern = new TagPattern(policy.tagPattern());
        ProductionTag base = repository.highestTagContainedIn(pattern, hotfixTip).orElseThrow(() ->
                new RejectedInputException(branch + " contains no production tag matching '" + pattern + "', so it"
                        + " was not started from one and has no version to increment. Start hotfixes with"
                        + " hotfix:start, or merge the production tag into " + branch + "."));
        Version version = nextVersion(policy, base);
        String tag = pattern.tagName(version);
        checkTag(repository, pattern, branch, hotfixTip, base, tag);

        List<String> lockedRefs = new ArrayList<>();
        for (String target : targets) {
            lockedRefs.add(Constants.R_HEADS + target);
        }
        lockedRefs.add(Constants.R_HEADS + branch);
        lockedRefs.add(Constants.R_TAGS + tag);
        FlowSupport.requireNoLockFiles(repository, lockedRefs);
        List<String> ignored = new ArrayList<>();
        for (Path folder : request.ignoredFolders()) {
            ignored.addAll(FlowSupport.foldersInside(repository, folder));
        }
        FlowSupport.requireCleanWorkingTree(repository, ignored, "hotfix:finish");
        requireUpToDateWithRemote(repository, remote, targets);
        if (request.push()) {
            requireRemote(repository, remote);
        }

        FinishContext context = new FinishContext(repository, branch, remote, production, tag, checkedOut,
                repository.head(), request.resumeCommand());
        List<FlowStep> steps = new ArrayList<>();
        if (policy.get(PolicyKeys.FINISH_CHANGELOG)) {
            LocalDate date = request.changelogDate() != null ? request.changelogDate() : LocalDate.now(ZoneOffset.UTC);
            steps.add(ChangelogStep.prepare(context, hotfixTip, base, version, date,
                    policy.get(PolicyKeys.CHANGELOG_PATH), policy.subjectPrefix()));
        }
        if (policy.get(PolicyKeys.FINISH_BUMP_PROJECT_VERSION)) {
            steps.add(BumpVersionStep.prepare(context, hotfixTip, version, policy.subjectPrefix()));
        }
        steps.add(new MergeStep(context, production));
        steps.add(new TagStep(context, tagMessage(request, repository, branch, base, hotfixTip, version)));
        for (String target : targets.subList(1, targets.size())) {
            steps.add(new MergeStep(context, target));
        }
        if (request.push()) {
            steps.add(new PushStep(context, targets, request.deleteBranch()));
        }
        if (request.deleteBranch()) {
            steps.add(new DeleteBranchStep(context));
        }

        LOG.info("Finishing {}: version {} ({} from {}), merging into {}{}", branch, version, tag, base.name(),
                String.join(", ", targets), request.dryRun() ? "; dry run, nothing is written" : "");
        List<StepResult> results = StepRunner.run(steps, request.dryRun());
        if (!request.dryRun()) {
            context.restoreCheckout();
        }
        FinishResult result = new FinishResult(branch, tag, version.toString(), targets, results, context.conflict,
                context.pushRejection, request.dryRun());
        logSummary(result);
        return result;
    }

    private static String hotfixBranch(FinishRequest request, Policy policy, Optional<String> checkedOut)
            throws RejectedInputException {
        String branch = request.branch() != null && !request.branch().isBlank() ? request.branch().trim()
                : checkedOut.orElseThrow(() -> new RejectedInputException("HEAD is detached, so there is no hotfix"
                        + " branch to finish. Check out the hotfix branch (git switch " + policy.branchPrefix()
                        + "<name>) or pass -Dhotfix.branch=" + policy.branchPrefix() + "<name>."));
        if (branch.startsWith(Constants.R_HEADS)) {
            branch = branch.substring(Constants.R_HEADS.length());
        }
        if (!branch.startsWith(policy.branchPrefix())) {
            throw new RejectedInputException("Branch '" + branch + "' is not a hotfix branch: its name does not start"
                    + " with '" + policy.branchPrefix() + "' (branchPrefix). Check out the hotfix branch, or pass"
                    + " -Dhotfix.branch=" + policy.branchPrefix() + "<name>.");
        }
        return branch;
    }

    private static void requireBranch(GitRepository repository, String remote, String branch, String key)
            throws RejectedInputException, EnvironmentException {
        if (FlowSupport.branchCommit(repository, remote, branch).isEmpty()) {
            throw new RejectedInputException("Branch '" + branch + "' (" + key + ") not found locally or as " + remote
                    + "/" + branch + ". Fetch it (git fetch " + remote + " " + branch + "), or set " + key
                    + " in hotfix.yaml to the branch your team uses.");
        }
    }

    /** Returns the production branch followed by the integration and release branches the policy selects. */
    private static List<String> mergeTargets(FinishRequest request, GitRepository repository, Policy policy,
            String remote, String production) throws RejectedInputException, EnvironmentException {
        Optional<String> release = releaseBranch(request, repository, policy, remote, production);
        MergeTarget mode = policy.get(PolicyKeys.FINISH_MERGE_INTO);
        boolean develop = mode != MergeTarget.RELEASE || release.isEmpty();
        boolean toRelease = mode != MergeTarget.DEVELOP && release.isPresent();

        List<String> targets = new ArrayList<>(List.of(production));
        if (develop) {
            String integration = policy.integrationBranch();
            requireBranch(repository, remote, integration, PolicyKeys.INTEGRATION_BRANCH.name());
            targets.add(integration);
        }
        if (toRelease) {
            targets.add(release.get());
        }
        return targets;
    }

    /** Finds the in-flight release branch: one whose tip the production branch does not contain. */
    private static Optional<String> releaseBranch(FinishRequest request, GitRepository repository, Policy policy,
            String remote, String production) throws RejectedInputException, EnvironmentException {
        String prefix = policy.get(PolicyKeys.RELEASE_BRANCH_PREFIX);
        if (request.releaseBranch() != null && !request.releaseBranch().isBlank()) {
            String named = request.releaseBranch().trim();
            requireBranch(repository, remote, named, "hotfix.releaseBranch");
            return Optional.of(named);
        }
        Set<String> names = new LinkedHashSet<>(repository.localBranches(prefix));
        names.addAll(repository.remoteTrackingBranches(remote, prefix));
        ObjectId productionTip = FlowSupport.branchCommit(repository, remote, production).orElseThrow();
        List<String> inFlight = new ArrayList<>();
        for (String name : names) {
            ObjectId tip = FlowSupport.branchCommit(repository, remote, name).orElseThrow();
            if (!repository.isAncestor(tip, productionTip)) {
                inFlight.add(name);
            }
        }
        if (inFlight.size() > 1) {
            throw new RejectedInputException("Several release branches are in flight: " + String.join(", ", inFlight)
                    + ". Name the one to merge into with -Dhotfix.releaseBranch=" + inFlight.get(0) + ".");
        }
        return inFlight.stream().findFirst();
    }

    private static Version nextVersion(Policy policy, ProductionTag base) throws RejectedInputException {
        if (base.version().size() > 2) {
            return base.version().nextPatch();
        }
        if (policy.get(PolicyKeys.FINISH_TWO_PART_VERSIONS) == TwoPartVersions.APPEND) {
            return base.version().withPatch();
        }
        throw new RejectedInputException("Production tag " + base.name() + " has a two-part version ("
                + base.version() + "), so there is no patch number to increment. Set finish.twoPartVersions: append"
                + " in hotfix.yaml to tag " + base.version().withPatch() + ", or use three-part versions.");
    }

    /**
     * Accepts a tag that already marks this hotfix (a finish run before) and rejects one on another commit, or a
     * production tag newer than the branch's base: another hotfix or release shipped first.
     */
    private static void checkTag(GitRepository repository, TagPattern pattern, String branch, ObjectId hotfixTip,
            ProductionTag base, String tag) throws RejectedInputException, EnvironmentException {
        Optional<ObjectId> existing = repository.tagCommit(tag);
        if (existing.isPresent()) {
            if (repository.isAncestor(hotfixTip, existing.get())) {
                return;
            }
            CommitInfo commit = repository.commit(existing.get());
            throw new RejectedInputException("Tag " + tag + " exists already and points to " + commit.shortId()
                    + " (" + commit.subject() + "), which does not contain " + branch + ": another hotfix shipped"
                    + " first. Merge it into the hotfix branch (git merge " + tag + ") and run hotfix:finish again,"
                    + " which then tags " + pattern.tagName(pattern.versionOf(tag).orElseThrow().nextPatch()) + ".");
        }
        ProductionTag latest = repository.productionTag(pattern);
        if (latest.version().compareTo(base.version()) > 0) {
            throw new RejectedInputException(branch + " starts from " + base.name() + " but production is at "
                    + latest.name() + " (" + FlowSupport.abbreviate(latest.commit()) + "). Merge it into the hotfix"
                    + " branch (git merge " + latest.name() + ") and run hotfix:finish again.");
        }
    }

    /** Rejects local branches that lack commits their remote-tracking branch has, since the push would fail. */
    private static void requireUpToDateWithRemote(GitRepository repository, String remote, List<String> targets)
            throws RejectedInputException, EnvironmentException {
        List<String> behind = new ArrayList<>();
        for (String target : targets) {
            Optional<ObjectId> local = repository.localBranch(target);
            Optional<ObjectId> tracking = repository.remoteTrackingBranch(remote, target);
            if (local.isPresent() && tracking.isPresent() && !repository.isAncestor(tracking.get(), local.get())) {
                behind.add(target);
            }
        }
        if (!behind.isEmpty()) {
            throw new RejectedInputException("Local branch(es) " + String.join(", ", behind) + " lack commits of "
                    + remote + "/" + behind.get(0) + ", so a push would be rejected as non-fast-forward. Update each"
                    + " (git switch " + behind.get(0) + " && git pull), then run hotfix:finish again.");
        }
    }

    private static void requireRemote(GitRepository repository, String remote) throws RejectedInputException {
        if (repository.jgit().getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, remote, "url") == null) {
            throw new RejectedInputException("Remote '" + remote + "' (remote) is not configured, so hotfix.push"
                    + " cannot push. Add it (git remote add " + remote + " <url>), set remote, or drop"
                    + " -Dhotfix.push=true.");
        }
    }

    private static String tagMessage(FinishRequest request, GitRepository repository, String branch,
            ProductionTag base, ObjectId hotfixTip, Version version) throws EnvironmentException {
        List<CommitInfo> commits = repository.commits(base.commit(), hotfixTip);
        String description = repository.jgit().getConfig().getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch,
                HotfixStart.DESCRIPTION);
        String severity = firstNonBlank(request.severity(), find(SEVERITY, commits, null));
        String issue = firstNonBlank(request.issue(), find(ISSUE, List.of(), description),
                find(ISSUE, commits, null));
        return "Hotfix " + version + " from " + branch + "\n\n"
                + "Branch: " + branch + "\n"
                + "Severity: " + (severity == null ? "not given" : severity) + "\n"
                + "Issue: " + (issue == null ? "not given" : issue) + "\n";
    }

    private static String find(Pattern pattern, List<CommitInfo> commits, String text) {
        if (text != null) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.group(1) : null;
        }
        for (CommitInfo commit : commits) {
            Matcher matcher = pattern.matcher(commit.message());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    /** Logs the summary line. A conflict was logged by its step, and the caller shows its instructions once. */
    private static void logSummary(FinishResult result) {
        if (result.changedNothing()) {
            LOG.info("Nothing to do: {} is already merged into {} and tagged {}.", result.branch(),
                    String.join(", ", result.mergeTargets()), result.tag());
        } else if (!result.stopped()) {
            long done = result.steps().stream().filter(step -> step.outcome() == StepOutcome.DONE).count();
            LOG.info("Hotfix {} {}: {} step(s) {}, {} already done.", result.tag(),
                    result.dryRun() ? "planned" : "finished", result.dryRun() ? result.steps().stream()
                            .filter(step -> step.outcome() == StepOutcome.PLANNED).count() : done,
                    result.dryRun() ? "planned" : "done", result.steps().stream()
                            .filter(step -> step.outcome() == StepOutcome.ALREADY_DONE).count());
        }
    }
}
