package io.github.sfhotfix.core.validate;

import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.policy.BaseMode;
import io.github.sfhotfix.core.project.ClassifiedChange;
import io.github.sfhotfix.core.apex.TestSelection;
import java.util.List;

/**
 * Everything validation found: the facts it read and the findings of every rule.
 *
 * @param branch the validated branch
 * @param branchSource where the branch name came from
 * @param productionTag the production tag
 * @param baseMode how the base was chosen
 * @param baseCommit the commit id the change set starts from
 * @param headCommit the validated commit id
 * @param uncommittedPaths working-tree changes that were not validated
 * @param commits the commits from the base to HEAD
 * @param changes the classified change set
 * @param tests the affected Apex tests
 * @param findings every rule's findings, errors first
 * @param notes checks that were skipped and other facts worth a line
 * @param failOnWarning whether warnings fail the result
 */
public record ValidationResult(String branch, String branchSource, ProductionTag productionTag, BaseMode baseMode,
        String baseCommit, String headCommit, List<String> uncommittedPaths, List<CommitInfo> commits,
        List<ClassifiedChange> changes, TestSelection tests, List<Finding> findings, List<String> notes,
        boolean failOnWarning) {

    public ValidationResult {
        uncommittedPaths = List.copyOf(uncommittedPaths);
        commits = List.copyOf(commits);
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public List<Finding> errors() {
        return findings.stream().filter(finding -> finding.level() == FindingLevel.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(finding -> finding.level() == FindingLevel.WARNING).toList();
    }

    /** Returns true when the branch is not fit to ship: an error, or a warning under fail-on-warning. */
    public boolean failed() {
        return !errors().isEmpty() || (failOnWarning && !warnings().isEmpty());
    }

    public long deployableCount() {
        return changes.stream().filter(ClassifiedChange::isDeployable).count();
    }
}
