package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.flow.ReconcileResult.CherryPick;
import io.github.sfhotfix.core.flow.ReconcileResult.MissingCommit;
import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.TagPattern;
import io.github.sfhotfix.core.policy.CheckLevel;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.FindingLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that everything shipped from the production branch reached the integration branch: production tags and
 * commits the integration branch does not contain. A commit counts as present when the integration branch has a
 * commit with the same patch id, as {@code git cherry} decides. Reads only.
 */
public final class HotfixReconcile {

    /** The rule id of a production tag whose changes are missing from the integration branch. */
    public static final String MISSING_TAG = "reconcile-tag";
    /** The rule id of a production commit missing from the integration branch and from every missing tag. */
    public static final String MISSING_COMMIT = "reconcile-commit";

    private static final Logger LOG = LoggerFactory.getLogger(HotfixReconcile.class);

    /**
     * Compares the branches.
     *
     * @throws RejectedInputException when the policy is invalid or a branch is missing
     * @throws EnvironmentException when git cannot be read
     */
    public ReconcileResult reconcile(ReconcileRequest request) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(request.directory())) {
            Policy policy = FlowSupport.loadPolicy(repository, request.policyFile(), request.overrides());
            return reconcile(repository, policy);
        }
    }

    private ReconcileResult reconcile(GitRepository repository, Policy policy)
            throws RejectedInputException, EnvironmentException {
        String remote = policy.get(PolicyKeys.REMOTE);
        ObjectId production = requireBranch(repository, remote, policy.productionBranch(),
                PolicyKeys.PRODUCTION_BRANCH.name());
        ObjectId integration = requireBranch(repository, remote, policy.integrationBranch(),
                PolicyKeys.INTEGRATION_BRANCH.name());
        String productionName = shownName(repository, remote, policy.productionBranch());
        String integrationName = shownName(repository, remote, policy.integrationBranch());
        LOG.info("[1/2] Listing commits on {} missing from {}", productionName, integrationName);

        Map<ObjectId, String> integrationPatches = new HashMap<>();
        for (CommitInfo commit : repository.commits(production, integration)) {
            repository.patchId(ObjectId.fromString(commit.id()))
                    .ifPresent(patch -> integrationPatches.put(patch, commit.id()));
        }
        List<CommitInfo> missing = new ArrayList<>();
        List<CherryPick> cherryPicked = new ArrayList<>();
        for (CommitInfo commit : repository.commits(integration, production)) {
            if (commit.isMerge()) {
                continue;
            }
            Optional<ObjectId> patch = repository.patchId(ObjectId.fromString(commit.id()));
            String copy = patch.map(integrationPatches::get).orElse(null);
            if (copy != null) {
                cherryPicked.add(new CherryPick(commit.id(), copy, commit.subject()));
            } else {
                missing.add(commit);
            }
        }

        LOG.info("[2/2] Checking production tags against {}", integrationName);
        Map<String, List<String>> tagsByCommit = missingTags(repository, policy, production, integration, missing);
        List<Finding> findings = new ArrayList<>();
        List<MissingCommit> missingCommits = new ArrayList<>();
        findings.addAll(tagFindings(policy, tagsByCommit, missing, integrationName));
        for (CommitInfo commit : missing) {
            List<String> tags = tagsByCommit.getOrDefault(commit.id(), List.of());
            missingCommits.add(new MissingCommit(commit.id(), commit.subject(), tags));
            if (tags.isEmpty()) {
                findings.add(Finding.warning(MISSING_COMMIT, commit.shortId(), "Commit " + commit.shortId() + " ("
                        + commit.subject() + ") on " + productionName + " is missing from " + integrationName + ".",
                        "Merge " + productionName + " into " + integrationName + ", or cherry-pick it (git cherry-pick "
                                + commit.shortId() + ")."));
            }
        }
        findings.sort(Comparator.comparing(Finding::level));
        return new ReconcileResult(productionName, integrationName, missingCommits, cherryPicked, findings);
    }

    /** Maps each missing commit to the production tags that contain it but are not contained in the integration. */
    private static Map<String, List<String>> missingTags(GitRepository repository, Policy policy,
            ObjectId production, ObjectId integration, List<CommitInfo> missing) throws EnvironmentException {
        TagPattern pattern = new TagPattern(policy.tagPattern());
        Map<String, List<String>> tagsByCommit = new LinkedHashMap<>();
        for (String tag : repository.tagNames()) {
            Optional<ObjectId> commit = repository.tagCommit(tag);
            if (pattern.versionOf(tag).isEmpty() || commit.isEmpty()
                    || !repository.isAncestor(commit.get(), production)
                    || repository.isAncestor(commit.get(), integration)) {
                continue;
            }
            Set<String> inTag = repository.commitIds(integration, commit.get());
            for (CommitInfo candidate : missing) {
                if (inTag.contains(candidate.id())) {
                    tagsByCommit.computeIfAbsent(candidate.id(), id -> new ArrayList<>()).add(tag);
                }
            }
        }
        return tagsByCommit;
    }

    private static List<Finding> tagFindings(Policy policy, Map<String, List<String>> tagsByCommit,
            List<CommitInfo> missing, String integrationName) {
        CheckLevel level = policy.get(PolicyKeys.RECONCILE_MISSING_TAG);
        if (level == CheckLevel.OFF) {
            return List.of();
        }
        Map<String, List<CommitInfo>> commitsByTag = new LinkedHashMap<>();
        for (CommitInfo commit : missing) {
            for (String tag : tagsByCommit.getOrDefault(commit.id(), List.of())) {
                commitsByTag.computeIfAbsent(tag, name -> new ArrayList<>()).add(commit);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<CommitInfo>> entry : commitsByTag.entrySet()) {
            List<String> ids = entry.getValue().stream().map(CommitInfo::shortId).toList();
            Finding finding = Finding.error(MISSING_TAG, entry.getKey(), "Production tag " + entry.getKey() + " is"
                    + " missing from " + integrationName + ": " + ids.size() + " commit(s) not merged or cherry-picked ("
                    + String.join(", ", ids) + ").", "Merge it (git switch " + integrationName + " && git merge --no-ff "
                    + entry.getKey() + "), or set reconcile.missingTag: warning.");
            findings.add(level == CheckLevel.WARNING ? finding.at(FindingLevel.WARNING) : finding);
        }
        return findings;
    }

    private static ObjectId requireBranch(GitRepository repository, String remote, String branch, String key)
            throws RejectedInputException, EnvironmentException {
        return FlowSupport.branchCommit(repository, remote, branch).orElseThrow(() -> new RejectedInputException(
                "Branch '" + branch + "' (" + key + ") not found locally or as " + remote + "/" + branch + ". Fetch it"
                        + " (git fetch " + remote + " " + branch + "), or set " + key + " in hotfix.yaml."));
    }

    private static String shownName(GitRepository repository, String remote, String branch)
            throws EnvironmentException {
        return repository.localBranch(branch).isPresent() ? branch : remote + "/" + branch;
    }
}
