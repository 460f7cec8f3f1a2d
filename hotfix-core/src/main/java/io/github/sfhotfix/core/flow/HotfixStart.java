package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.git.TagPattern;
import io.github.sfhotfix.core.git.Version;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the hotfix branch {@code <prefix><name>} from the production tag and checks it out. Every input is checked
 * before the first write; when a check fails, the repository is left untouched.
 */
public final class HotfixStart {

    /** The git config key that stores the issue, shown by {@code git branch --edit-description}. */
    static final String DESCRIPTION = "description";

    private static final Logger LOG = LoggerFactory.getLogger(HotfixStart.class);
    private static final Pattern NAME_CHARACTER = Pattern.compile("[A-Za-z0-9._-]");
    private static final Pattern ISSUE = Pattern.compile("(?:[\\w.-]+/[\\w.-]+)?#\\d+|[A-Z][A-Z0-9]+-\\d+");

    /**
     * Starts a hotfix.
     *
     * @throws RejectedInputException when the name is invalid, the branch exists, the working tree is dirty, no
     *     production tag matches, or the policy allows one open hotfix per tag and another exists
     * @throws EnvironmentException when git cannot be read or written
     */
    public StartResult start(StartRequest request) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(request.directory())) {
            return start(request, repository);
        }
    }

    private StartResult start(StartRequest request, GitRepository repository)
            throws RejectedInputException, EnvironmentException {
        Policy policy = FlowSupport.loadPolicy(repository, request.policyFile(), request.overrides());
        String branch = policy.branchPrefix() + checkName(request.name(), policy.branchPrefix());
        String issue = checkIssue(request.issue());
        TagPattern pattern = new TagPattern(policy.tagPattern());
        String remote = policy.get(PolicyKeys.REMOTE);

        FlowSupport.requireNoOperationInProgress(repository);
        FlowSupport.requireNoLockFiles(repository, List.of(Constants.R_HEADS + branch));
        List<String> ignored = new ArrayList<>();
        for (Path folder : request.ignoredFolders()) {
            ignored.addAll(FlowSupport.foldersInside(repository, folder));
        }
        FlowSupport.requireCleanWorkingTree(repository, ignored, "hotfix:start");
        requireNewBranch(repository, remote, branch);
        ProductionTag tag = request.fromTag() == null || request.fromTag().isBlank()
                ? repository.productionTag(pattern) : namedTag(repository, pattern, request.fromTag().trim());
        List<String> warnings = otherOpenHotfixes(repository, policy, pattern, tag, remote);
        LOG.info("Starting {} from {} ({})", branch, tag.name(), FlowSupport.abbreviate(tag.commit()));
        warnings.forEach(warning -> LOG.warn(warning));

        FlowStep create = new CreateBranchStep(repository, branch, tag, issue);
        List<StepResult> steps = StepRunner.run(List.of(create), request.dryRun());
        return new StartResult(branch, tag.name(), tag.commit().name(), warnings, steps, request.dryRun());
    }

    private static String checkName(String name, String prefix) throws RejectedInputException {
        if (name == null || name.isBlank()) {
            throw new RejectedInputException("No hotfix name given. Pass -Dhotfix.name=<name>, such as"
                    + " -Dhotfix.name=fix-payment-processor.");
        }
        String trimmed = name.trim().startsWith(prefix) ? name.trim().substring(prefix.length()) : name.trim();
        Set<String> invalid = new TreeSet<>();
        for (int i = 0; i < trimmed.length(); i++) {
            String character = String.valueOf(trimmed.charAt(i));
            if (!NAME_CHARACTER.matcher(character).matches()) {
                invalid.add("'" + character + "'");
            }
        }
        if (!invalid.isEmpty()) {
            throw new RejectedInputException("Hotfix name '" + name + "' contains invalid character(s) "
                    + String.join(" ", invalid) + ". Use letters, digits, '-', '_' and '.', such as"
                    + " fix-payment-processor.");
        }
        if (trimmed.isEmpty() || trimmed.startsWith("-") || trimmed.startsWith(".") || trimmed.endsWith(".")
                || trimmed.contains("..") || trimmed.endsWith(".lock")) {
            throw new RejectedInputException("Hotfix name '" + name + "' is not a valid branch name: it must not"
                    + " start with '-' or '.', end with '.' or '.lock', or contain '..'. Use a name such as"
                    + " fix-payment-processor.");
        }
        return trimmed;
    }

    private static String checkIssue(String issue) throws RejectedInputException {
        if (issue == null || issue.isBlank()) {
            return null;
        }
        if (!ISSUE.matcher(issue.trim()).matches()) {
            throw new RejectedInputException("Issue '" + issue + "' is not an issue reference. Pass"
                    + " -Dhotfix.issue=#12345 or -Dhotfix.issue=PAY-123.");
        }
        return issue.trim();
    }

    private static void requireNewBranch(GitRepository repository, String remote, String branch)
            throws RejectedInputException, EnvironmentException {
        if (repository.localBranch(branch).isPresent()) {
            throw new RejectedInputException("Branch " + branch + " exists already. Check it out (git switch " + branch
                    + ") to continue that hotfix, or choose another -Dhotfix.name.");
        }
        if (repository.remoteTrackingBranch(remote, branch).isPresent()) {
            throw new RejectedInputException("Branch " + branch + " exists already on " + remote + ". Check it out"
                    + " (git switch " + branch + ") to continue that hotfix, or choose another -Dhotfix.name.");
        }
    }

    private static ProductionTag namedTag(GitRepository repository, TagPattern pattern, String name)
            throws RejectedInputException, EnvironmentException {
        String tagName = name.startsWith(Constants.R_TAGS) ? name.substring(Constants.R_TAGS.length()) : name;
        Optional<ObjectId> commit = repository.tagCommit(tagName);
        if (commit.isEmpty()) {
            List<String> names = repository.tagNames();
            List<String> seen = names.size() > 10 ? names.subList(names.size() - 10, names.size()) : names;
            throw new RejectedInputException("Tag '" + tagName + "' (hotfix.fromTag) not found. Tags seen: "
                    + (seen.isEmpty() ? "none" : String.join(", ", seen)) + ". Fetch tags (git fetch --tags) or name"
                    + " an existing tag.");
        }
        Optional<Version> version = pattern.versionOf(tagName);
        if (version.isEmpty()) {
            throw new RejectedInputException("Tag '" + tagName + "' (hotfix.fromTag) does not match the tag pattern '"
                    + pattern + "', so hotfix:finish could not compute the next version. Name a production tag, or"
                    + " set tagPattern.");
        }
        return new ProductionTag(tagName, version.get(), commit.get());
    }

    /** Lists open hotfix branches that start from the same tag: not yet merged into the production branch. */
    private static List<String> otherOpenHotfixes(GitRepository repository, Policy policy, TagPattern pattern,
            ProductionTag tag, String remote) throws RejectedInputException, EnvironmentException {
        Set<String> branches = new LinkedHashSet<>(repository.localBranches(policy.branchPrefix()));
        branches.addAll(repository.remoteTrackingBranches(remote, policy.branchPrefix()));
        Optional<ObjectId> production = FlowSupport.branchCommit(repository, remote, policy.productionBranch());
        List<String> open = new ArrayList<>();
        for (String other : branches) {
            Optional<ObjectId> tip = FlowSupport.branchCommit(repository, remote, other);
            if (tip.isEmpty() || (production.isPresent() && repository.isAncestor(tip.get(), production.get()))) {
                continue;
            }
            Optional<ProductionTag> base = repository.highestTagContainedIn(pattern, tip.get());
            if (base.isPresent() && base.get().name().equals(tag.name())) {
                open.add(other);
            }
        }
        if (open.isEmpty()) {
            return new ArrayList<>();
        }
        String message = "Another open hotfix starts from " + tag.name() + ": " + String.join(", ", open)
                + ". Both would be tagged " + pattern.tagName(tag.version().nextPatch())
                + "; the one finished second must merge the first one's tag.";
        if (policy.get(PolicyKeys.START_SINGLE_HOTFIX)) {
            throw new RejectedInputException(message + " The policy allows one open hotfix at a time"
                    + " (start.singleHotfix): finish or delete " + open.get(0) + " first.");
        }
        return new ArrayList<>(List.of(message));
    }

    /** Creates the branch at the tag's commit, checks it out and records the issue as the branch description. */
    private static final class CreateBranchStep implements FlowStep {

        private final GitRepository repository;
        private final String branch;
        private final ProductionTag tag;
        private final String issue;

        CreateBranchStep(GitRepository repository, String branch, ProductionTag tag, String issue) {
            this.repository = repository;
            this.branch = branch;
            this.tag = tag;
            this.issue = issue;
        }

        @Override
        public String description() {
            return "Create " + branch + " from " + tag.name() + " and check it out";
        }

        @Override
        public StepResult plan() {
            return StepResult.planned(description(), "create " + branch + " at " + FlowSupport.abbreviate(tag.commit())
                    + (issue == null ? "" : " for issue " + issue));
        }

        @Override
        public StepResult run() throws EnvironmentException {
            try (Git git = new Git(repository.jgit())) {
                git.checkout().setCreateBranch(true).setName(branch).setStartPoint(tag.commit().name()).call();
                if (issue != null) {
                    StoredConfig config = repository.jgit().getConfig();
                    config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, DESCRIPTION, "Issue: " + issue);
                    config.save();
                }
                return StepResult.done(description(), branch + " at " + FlowSupport.abbreviate(tag.commit()));
            } catch (GitAPIException | IOException | RuntimeException e) {
                throw new EnvironmentException("Cannot create branch " + branch + " from " + tag.name() + ": "
                        + FlowSupport.maskCredentials(e.getMessage()) + ". Check the repository with git status.", e);
            }
        }
    }
}
