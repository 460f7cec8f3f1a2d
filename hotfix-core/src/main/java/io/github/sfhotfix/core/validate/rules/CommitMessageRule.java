package io.github.sfhotfix.core.validate.rules;

import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.policy.CheckLevel;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.FindingLevel;
import io.github.sfhotfix.core.validate.Rule;
import io.github.sfhotfix.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every commit from the base to HEAD has the subject prefix and names its issue and severity. Merge commits are
 * exempt because git writes their subject, and so are commits from the integration branch, which the base rule
 * reports.
 */
public final class CommitMessageRule implements Rule {

    @Override
    public String id() {
        return "commit-message";
    }

    @Override
    public List<Finding> check(ValidationContext context) {
        List<Finding> findings = new ArrayList<>();
        String prefix = context.policy().subjectPrefix();
        CheckLevel issueLevel = context.policy().get(PolicyKeys.COMMITS_ISSUE);
        CheckLevel severityLevel = context.policy().get(PolicyKeys.COMMITS_SEVERITY);

        if (context.commits().isEmpty()) {
            findings.add(Finding.error(id(), context.branch(), "Branch '" + context.branch() + "' has no commit"
                    + " since " + context.productionTag().name() + ": there is nothing to ship.",
                    "Commit the fix with a subject starting with '" + prefix + "'."));
            return findings;
        }

        for (CommitInfo commit : context.commits()) {
            if (commit.isMerge() || context.isFromIntegration(commit)) {
                continue;
            }
            String value = commit.shortId() + " " + commit.subject();
            if (!commit.subject().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                findings.add(Finding.error(id(), value, "Commit " + commit.shortId() + " subject '"
                        + commit.subject() + "' does not start with '" + prefix + "'.",
                        "Reword it: git rebase -i " + context.base().abbreviate(8).name() + " and mark the commit"
                                + " 'reword' (or git commit --amend for the last commit)."));
            }
            if (issueLevel != CheckLevel.OFF && MessageFacts.issue(commit.message()).isEmpty()) {
                findings.add(Finding.error(id(), value, "Commit " + commit.shortId() + " names no issue.",
                        "Add a trailer such as 'Issue: #12345' (or PAY-123) to the message and amend it.")
                        .at(toFindingLevel(issueLevel)));
            }
            if (severityLevel != CheckLevel.OFF) {
                checkSeverity(commit, value, severityLevel, findings);
            }
        }
        return findings;
    }

    private void checkSeverity(CommitInfo commit, String value, CheckLevel level, List<Finding> findings) {
        Optional<String> severity = MessageFacts.severity(commit.message());
        if (severity.isEmpty()) {
            findings.add(Finding.error(id(), value, "Commit " + commit.shortId() + " gives no severity.",
                    "Add a trailer such as 'Severity: Critical' (critical, high, medium or low) and amend it.")
                    .at(toFindingLevel(level)));
        } else if (!MessageFacts.SEVERITY_VALUE.matcher(severity.get()).matches()) {
            findings.add(Finding.error(id(), value, "Commit " + commit.shortId() + " has severity '"
                    + severity.get() + "', which is not critical, high, medium or low.",
                    "Change the trailer to one of: Severity: Critical, High, Medium, Low.")
                    .at(toFindingLevel(level)));
        }
    }

    private static FindingLevel toFindingLevel(CheckLevel level) {
        return level == CheckLevel.WARNING ? FindingLevel.WARNING : FindingLevel.ERROR;
    }
}
