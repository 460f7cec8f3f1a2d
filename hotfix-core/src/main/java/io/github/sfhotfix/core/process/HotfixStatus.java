package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.docs.HotfixTag;
import io.github.sfhotfix.core.docs.ObligationChecker;
import io.github.sfhotfix.core.docs.ObligationOptions;
import io.github.sfhotfix.core.docs.ObligationTable;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.TagPattern;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Checks what is owed for every hotfix tagged in the last {@code status.days} days: merged into the production and
 * integration branches, regression passed, RCA document and changelog entry on the production branch. A hotfix tag
 * is an annotated production tag whose message names a hotfix branch ({@code Branch: hotfix/...}), as
 * {@code hotfix:finish} writes it; release tags without that line are left out.
 */
public final class HotfixStatus {

    /**
     * Builds the obligation table at {@code now}.
     *
     * @throws RejectedInputException when the production or integration branch is missing
     */
    public StatusOutcome status(ProcessSettings settings, Instant now)
            throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            Instant since = now.minus(Duration.ofDays(policy.get(PolicyKeys.STATUS_DAYS)));
            int grace = policy.get(PolicyKeys.STATUS_GRACE_BUSINESS_DAYS);
            List<HotfixTag> tags = hotfixTags(repository, policy, since);

            ObligationOptions options = ObligationOptions.defaults()
                    .withBranches(policy.productionBranch(), policy.integrationBranch())
                    .withGraceBusinessDays(grace);
            options = new ObligationOptions(options.mainBranch(), options.developBranch(), grace, options.zone(),
                    policy.get(PolicyKeys.CHANGELOG_PATH));
            ObligationTable table = new ObligationChecker(options).check(repository.jgit(), tags, now);
            return new StatusOutcome(since, grace, table);
        }
    }

    private static List<HotfixTag> hotfixTags(GitRepository repository, Policy policy, Instant since)
            throws EnvironmentException {
        TagPattern pattern = new TagPattern(policy.tagPattern());
        List<HotfixTag> tags = new ArrayList<>();
        for (String name : repository.tagNames()) {
            Optional<ObjectId> commit = repository.tagCommit(name);
            if (pattern.versionOf(name).isEmpty() || commit.isEmpty()) {
                continue;
            }
            Instant date = HotfixHistory.tagDate(repository, name);
            if (date.isBefore(since)) {
                continue;
            }
            Optional<String> branch = HotfixHistory.tagMessage(repository, name).flatMap(HotfixHistory::branchIn)
                    .filter(named -> named.startsWith(policy.branchPrefix()));
            if (branch.isEmpty()) {
                continue;
            }
            String slug = branch.get().substring(policy.branchPrefix().length());
            tags.add(new HotfixTag(name, commit.get(), date, slug));
        }
        tags.sort(Comparator.comparing(HotfixTag::date));
        return tags;
    }
}
