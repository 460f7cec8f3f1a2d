package io.github.sfhotfix.core.validate;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.apex.AffectedTestSelector;
import io.github.sfhotfix.core.apex.ApexFileFacts;
import io.github.sfhotfix.core.apex.ApexIndex;
import io.github.sfhotfix.core.apex.ApexProblem;
import io.github.sfhotfix.core.apex.ApexSources;
import io.github.sfhotfix.core.apex.TestSelection;
import io.github.sfhotfix.core.apex.TestSelectionOptions;
import io.github.sfhotfix.core.git.BranchResolver;
import io.github.sfhotfix.core.git.BranchResolver.ResolvedBranch;
import io.github.sfhotfix.core.git.Change;
import io.github.sfhotfix.core.git.ChangeStatus;
import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.GitRepository.BranchTip;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.git.TagPattern;
import io.github.sfhotfix.core.policy.BaseMode;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.policy.PolicyLoader;
import io.github.sfhotfix.core.project.ClassifiedChange;
import io.github.sfhotfix.core.project.MetadataClassifier;
import io.github.sfhotfix.core.project.SfdxProject;
import io.github.sfhotfix.core.validate.rules.BaseRule;
import io.github.sfhotfix.core.validate.rules.BranchRule;
import io.github.sfhotfix.core.validate.rules.CommitMessageRule;
import io.github.sfhotfix.core.validate.rules.ScopeRule;
import io.github.sfhotfix.core.validate.rules.TestsRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a hotfix branch is fit for production: reads the policy and the repository facts, selects the
 * affected Apex tests, runs every rule and collects all findings. Reads only; reports are written by
 * {@link ValidationReports}.
 */
public final class HotfixValidator {

    private static final Logger LOG = LoggerFactory.getLogger(HotfixValidator.class);
    private static final int STEPS = 4;

    /**
     * Validates the committed HEAD of the repository that contains the request's directory.
     *
     * @throws RejectedInputException when the input cannot be validated at all: no production tag, detached HEAD
     *     with no branch name, or an invalid policy or project file. Rule violations are findings in the result.
     * @throws EnvironmentException when the repository or a file cannot be read, or a shallow clone lacks the base
     */
    public ValidationResult validate(ValidationRequest request) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(request.directory())) {
            return validate(request, repository);
        }
    }

    private ValidationResult validate(ValidationRequest request, GitRepository repository)
            throws RejectedInputException, EnvironmentException {
        LOG.info("[1/{}] Reading policy and repository facts", STEPS);
        long started = System.nanoTime();
        Policy policy = loadPolicy(request, repository);
        ObjectId head = repository.head();
        ResolvedBranch branch = BranchResolver.resolve(repository, request.branch(), request.environment());
        ProductionTag tag = repository.productionTag(new TagPattern(policy.tagPattern()));
        LOG.debug("Production tag found in {} ms", elapsedMillis(started));
        ObjectId base = resolveBase(repository, policy, tag, head);
        List<String> notes = new ArrayList<>();
        // The working-tree status walks every file, so it runs beside the other steps and is read at the end.
        CompletableFuture<List<String>> dirty = uncommittedPaths(request, repository);
        LOG.debug("Repository facts read in {} ms", elapsedMillis(started));
        LOG.info("Branch {} ({}), production tag {} ({}), HEAD {}", branch.name(), branch.source(), tag.name(),
                tag.commit().abbreviate(8).name(), head.abbreviate(8).name());

        LOG.info("[2/{}] Reading the change set from {} to HEAD", STEPS, base.abbreviate(8).name());
        SfdxProject project = readProject(request, repository, head);
        List<Change> changes = repository.changes(base, head);
        List<CommitInfo> commits = repository.commits(base, head);
        LOG.info("{} changed file(s) in {} commit(s)", changes.size(), commits.size());

        LOG.info("[3/{}] Selecting affected Apex tests", STEPS);
        ApexIndex index = ApexSources.fromCommit(repository.jgit(), head, project.packageDirectories(),
                request.outputDirectory() == null ? null : request.outputDirectory().resolve("apex-cache"),
                fullyReadApex(policy, changes));
        List<ClassifiedChange> classified = classify(project, changes, index);
        TestSelection tests = selectTests(policy, index, changes, project);
        Map<String, List<String>> stringMentions = StringMentions.find(repository, head, index, tests.untested());
        if (policy.get(PolicyKeys.TESTS_STRING_REFERENCES)) {
            tests = StringMentions.select(tests, stringMentions);
        }
        LOG.info("{} test class(es) selected from {} Apex file(s)", tests.tests().size(), index.files().size());

        LOG.info("[4/{}] Checking rules", STEPS);
        Optional<BranchTip> integration = repository.branch(policy.integrationBranch());
        List<CommitInfo> fromIntegration = List.of();
        if (integration.isPresent()) {
            fromIntegration = commitsFromIntegration(repository, policy, base, integration.get(), commits);
        } else {
            notes.add("Integration branch '" + policy.integrationBranch() + "' not found (locally or as origin/"
                    + policy.integrationBranch() + "); skipped the check for unreleased commits from it.");
        }
        ValidationContext context = new ValidationContext(policy, repository, branch.name(), tag, base, head, commits,
                classified, tests, integration.map(BranchTip::name).orElse(null), fromIntegration, stringMentions);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : List.of(new BranchRule(), new BaseRule(), new CommitMessageRule(), new ScopeRule(),
                new TestsRule())) {
            List<Finding> found = rule.check(context);
            LOG.debug("Rule {}: {} finding(s)", rule.id(), found.size());
            findings.addAll(found);
        }
        findings.sort(Comparator.comparing(Finding::level));
        for (String deleted : tests.deleted()) {
            notes.add("Deleted Apex " + deleted + " selects no test.");
        }
        for (ApexProblem problem : index.problems()) {
            notes.add("Apex file " + problem.path() + " could not be analysed (" + problem.problem() + "), so tests"
                    + " that only it would select are missing.");
        }

        List<String> uncommitted = await(dirty);
        if (!uncommitted.isEmpty()) {
            notes.add(0, "The working tree has " + uncommitted.size() + " uncommitted change(s), such as "
                    + uncommitted.get(0) + "; validated the committed HEAD " + head.abbreviate(8).name() + " only.");
        }
        return new ValidationResult(branch.name(), branch.source(), tag, policy.base(), base.name(), head.name(),
                uncommitted, commits, classified, tests, findings, notes, policy.failOnWarning());
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static Policy loadPolicy(ValidationRequest request, GitRepository repository)
            throws RejectedInputException, EnvironmentException {
        boolean named = request.policyFile() != null;
        Path file = named ? request.policyFile() : repository.workTree().resolve(PolicyLoader.FILE_NAME);
        return PolicyLoader.load(file, named, request.overrides());
    }

    private static ObjectId resolveBase(GitRepository repository, Policy policy, ProductionTag tag, ObjectId head)
            throws RejectedInputException, EnvironmentException {
        boolean reachable = repository.isAncestor(tag.commit(), head);
        if (!reachable && repository.isShallow()) {
            throw new EnvironmentException("This clone is shallow and its history does not reach the production tag "
                    + tag.name() + " (" + tag.commit().abbreviate(8).name() + "), so the branch cannot be checked."
                    + " Run `git fetch --unshallow --tags` (in GitHub Actions, set `fetch-depth: 0` on"
                    + " actions/checkout; in GitLab, GIT_DEPTH: 0).");
        }
        if (policy.base() == BaseMode.TAG) {
            return tag.commit();
        }

        String production = policy.productionBranch();
        Optional<BranchTip> tip = repository.branch(production);
        if (tip.isEmpty()) {
            throw new RejectedInputException("Production branch '" + production + "' not found (locally or as origin/"
                    + production + "), and base is merge-base. Fetch it (git fetch origin " + production
                    + "), set productionBranch, or set base: tag.");
        }
        Optional<ObjectId> mergeBase = repository.mergeBase(head, tip.get().commit());
        if (mergeBase.isEmpty()) {
            throw new RejectedInputException("HEAD and '" + tip.get().name() + "' share no history, so there is no"
                    + " merge base. Create the hotfix branch from " + tag.name() + ".");
        }
        return mergeBase.get();
    }

    /** Returns the branch's commits that the integration branch has and production lacks, oldest first. */
    private static List<CommitInfo> commitsFromIntegration(GitRepository repository, Policy policy, ObjectId base,
            BranchTip integration, List<CommitInfo> commits) throws EnvironmentException {
        Set<String> onIntegration = repository.commitIds(base, integration.commit());
        Optional<BranchTip> production = repository.branch(policy.productionBranch());
        Set<String> inProduction = production.isPresent()
                ? repository.commitIds(base, production.get().commit())
                : Set.of();

        List<CommitInfo> found = new ArrayList<>();
        for (CommitInfo commit : commits) {
            if (onIntegration.contains(commit.id()) && !inProduction.contains(commit.id())) {
                found.add(commit);
            }
        }
        return found;
    }

    private static CompletableFuture<List<String>> uncommittedPaths(ValidationRequest request,
            GitRepository repository) {
        List<String> ignored = new ArrayList<>();
        if (request.outputDirectory() != null) {
            ignored.add(repository.relativePath(request.outputDirectory()) + "/");
        }
        CompletableFuture<List<String>> status = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                status.complete(repository.uncommittedPaths(ignored));
            } catch (EnvironmentException | RuntimeException e) {
                status.completeExceptionally(e);
            }
        }, "hotfix-status");
        thread.setDaemon(true);
        thread.start();
        return status;
    }

    private static List<String> await(CompletableFuture<List<String>> status) throws EnvironmentException {
        try {
            return status.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while reading the working tree status", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EnvironmentException environment) {
                throw environment;
            }
            throw new EnvironmentException("Cannot read the working tree status: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static SfdxProject readProject(ValidationRequest request, GitRepository repository, ObjectId head)
            throws RejectedInputException, EnvironmentException {
        String folder = repository.relativePath(request.directory());
        List<String> candidates = new ArrayList<>();
        if (!folder.isEmpty() && !folder.startsWith("..")) {
            candidates.add(folder);
        }
        candidates.add("");

        for (String root : candidates) {
            String path = root.isEmpty() ? SfdxProject.FILE_NAME : root + "/" + SfdxProject.FILE_NAME;
            Optional<byte[]> content = repository.readFile(head, path);
            if (content.isPresent()) {
                return SfdxProject.parse(path, root, content.get());
            }
        }
        List<String> looked = candidates.stream()
                .map(root -> root.isEmpty() ? SfdxProject.FILE_NAME : root + "/" + SfdxProject.FILE_NAME).toList();
        throw new RejectedInputException("No " + SfdxProject.FILE_NAME + " in the committed HEAD at "
                + String.join(" or ", looked) + " (repository " + repository.workTree() + "). Run the goal in a"
                + " Salesforce DX project, or commit its sfdx-project.json.");
    }

    private static List<ClassifiedChange> classify(SfdxProject project, List<Change> changes, ApexIndex index) {
        Set<String> testClasses = new HashSet<>();
        for (ApexFileFacts file : index.files()) {
            if (file.test()) {
                testClasses.add(file.key());
            }
        }
        MetadataClassifier classifier = new MetadataClassifier(project);
        List<ClassifiedChange> classified = new ArrayList<>();
        for (Change change : changes) {
            classified.add(classifier.classify(change, testClasses));
        }
        return classified;
    }

    private static TestSelection selectTests(Policy policy, ApexIndex index, List<Change> changes,
            SfdxProject project) throws RejectedInputException {
        TestSelectionOptions options = TestSelectionOptions.of(policy.get(PolicyKeys.TESTS_CONVENTIONS),
                policy.get(PolicyKeys.TESTS_DEPTH));
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Change change : changes) {
            if (!isApexSource(change.path()) || project.packageDirectoryOf(change.path()) == null) {
                continue;
            }
            if (change.status() == ChangeStatus.DELETED) {
                deleted.add(change.path());
            } else {
                changed.add(change.path());
            }
        }
        return new AffectedTestSelector(options).select(index, changed, deleted);
    }

    /**
     * Returns the Apex paths whose references a depth-1 selection reads besides the test classes: the changed ones.
     * A deeper selection follows references through every class, so it reads all files (null).
     */
    private static Set<String> fullyReadApex(Policy policy, List<Change> changes) {
        if (policy.get(PolicyKeys.TESTS_DEPTH) > 1) {
            return null;
        }
        Set<String> paths = new HashSet<>();
        for (Change change : changes) {
            paths.add(change.path());
            if (change.oldPath() != null) {
                paths.add(change.oldPath());
            }
        }
        return paths;
    }

    private static boolean isApexSource(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".cls") || lower.endsWith(".trigger") || lower.endsWith(".cls-meta.xml")
                || lower.endsWith(".trigger-meta.xml");
    }
}
