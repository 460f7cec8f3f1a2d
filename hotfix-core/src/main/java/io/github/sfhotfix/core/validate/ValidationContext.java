package io.github.sfhotfix.core.validate;

import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.project.ClassifiedChange;
import io.github.sfhotfix.core.apex.TestSelection;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The facts every rule reads: the policy, the branch, the production tag, the change set and the affected tests.
 *
 * @param policy the effective policy
 * @param repository the repository, for rules that ask git more
 * @param branch the branch under validation
 * @param productionTag the production tag
 * @param base where the change set starts
 * @param head the commit under validation
 * @param commits the commits from the base to HEAD, oldest first
 * @param changes the classified change set
 * @param tests the affected Apex tests
 * @param integrationBranch the integration branch as found ({@code develop} or {@code origin/develop}), or null
 *     when it does not exist
 * @param fromIntegration the commits from the base to HEAD that come from the integration branch and are not in
 *     production
 * @param stringMentions for each untested class, the test classes that name it only in a string literal
 */
public record ValidationContext(Policy policy, GitRepository repository, String branch, ProductionTag productionTag,
        ObjectId base, ObjectId head, List<CommitInfo> commits, List<ClassifiedChange> changes,
        TestSelection tests, String integrationBranch, List<CommitInfo> fromIntegration,
        Map<String, List<String>> stringMentions) {

    public ValidationContext {
        commits = List.copyOf(commits);
        changes = List.copyOf(changes);
        fromIntegration = List.copyOf(fromIntegration);
        stringMentions = Map.copyOf(stringMentions);
    }

    /** Returns true when a commit came from the integration branch, so only the base rule reports it. */
    public boolean isFromIntegration(CommitInfo commit) {
        return fromIntegration.stream().anyMatch(other -> other.id().equals(commit.id()));
    }

    /** Returns the changes inside a package directory. */
    public List<ClassifiedChange> deployableChanges() {
        return changes.stream().filter(ClassifiedChange::isDeployable).toList();
    }
}
