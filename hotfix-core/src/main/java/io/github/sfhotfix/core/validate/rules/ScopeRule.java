package io.github.sfhotfix.core.validate.rules;

import io.github.sfhotfix.core.git.ChangeStatus;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.project.ClassifiedChange;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.Rule;
import io.github.sfhotfix.core.validate.ValidationContext;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A hotfix stays minimal: few deployable files, only allowed paths, and high-risk metadata (profiles, permission
 * sets, sharing rules, deletions) flagged for review.
 */
public final class ScopeRule implements Rule {

    @Override
    public String id() {
        return "scope";
    }

    @Override
    public List<Finding> check(ValidationContext context) {
        Policy policy = context.policy();
        List<ClassifiedChange> deployable = context.deployableChanges();
        List<Finding> findings = new ArrayList<>();
        int count = deployable.size();

        if (!context.changes().isEmpty() && deployable.isEmpty()) {
            findings.add(Finding.warning(id(), context.branch(), "No deployable file changed: all "
                    + context.changes().size() + " changed file(s) are outside the package directories.",
                    "Check that the fix is committed under a package directory of sfdx-project.json."));
        }
        if (policy.hardLimit() > 0 && count > policy.hardLimit()) {
            findings.add(Finding.error(id(), String.valueOf(count), count + " deployable files changed, above the"
                    + " hard limit of " + policy.hardLimit() + " (scope.hardLimit).",
                    "Split the change: ship the minimal fix now and the rest in the next release."));
        } else if (count > policy.maxFiles()) {
            findings.add(Finding.warning(id(), String.valueOf(count), count + " deployable files changed, above"
                    + " the limit of " + policy.maxFiles() + " (scope.maxFiles) for a minimal hotfix.",
                    "Keep only what the fix needs, or have a reviewer confirm the scope."));
        }

        checkAllowedPaths(context, policy.allowedPaths(), findings);
        for (ClassifiedChange change : deployable) {
            if (change.change().status() == ChangeStatus.DELETED) {
                findings.add(Finding.warning(id(), change.path(), "Deletes " + change.kind() + " "
                        + change.component() + " (" + change.path() + "); a deletion cannot be undone by redeploying"
                        + " the previous version.", "Have a reviewer confirm the deletion before deploying."));
            } else if (change.kind().isHighRisk()) {
                findings.add(Finding.warning(id(), change.path(), "Changes " + change.kind() + " "
                        + change.component() + " (" + change.path() + "), which controls access.",
                        "Have a reviewer confirm the access change before deploying."));
            }
        }
        return findings;
    }

    private void checkAllowedPaths(ValidationContext context, List<String> globs, List<Finding> findings) {
        if (globs.isEmpty()) {
            return;
        }
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        for (ClassifiedChange change : context.changes()) {
            Path path = Path.of(change.path());
            if (matchers.stream().noneMatch(matcher -> matcher.matches(path))) {
                findings.add(Finding.error(id(), change.path(), "Changed file " + change.path() + " is outside the"
                        + " allowed paths " + globs + " (scope.allowedPaths).",
                        "Revert the change to this file, or add its path to scope.allowedPaths."));
            }
        }
    }
}
