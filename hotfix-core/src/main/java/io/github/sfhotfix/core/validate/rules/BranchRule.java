package io.github.sfhotfix.core.validate.rules;

import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.Rule;
import io.github.sfhotfix.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;

/** The branch is named {@code <prefix><slug>}, is a valid git ref name, and names an issue when required. */
public final class BranchRule implements Rule {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    @Override
    public String id() {
        return "branch";
    }

    @Override
    public List<Finding> check(ValidationContext context) {
        String branch = context.branch();
        String prefix = context.policy().branchPrefix();
        List<Finding> findings = new ArrayList<>();

        if (!Repository.isValidRefName("refs/heads/" + branch)) {
            findings.add(Finding.error(id(), branch, "Branch name '" + branch + "' is not a valid git branch name.",
                    "Use letters, digits, '-', '_', '.' and '/', such as " + prefix + "fix-payment-rounding."));
            return findings;
        }
        if (!branch.startsWith(prefix)) {
            findings.add(Finding.error(id(), branch, "Branch '" + branch + "' does not start with '" + prefix + "'.",
                    "Rename it: git branch -m " + branch + " " + prefix + slugOf(branch) + "."));
            return findings;
        }
        String slug = branch.substring(prefix.length());
        if (slug.isEmpty() || !SLUG.matcher(slug).matches()) {
            findings.add(Finding.error(id(), branch, "Branch '" + branch + "' has no name after '" + prefix
                    + "' that starts with a letter or digit.",
                    "Rename it to describe the fix, such as " + prefix + "fix-payment-rounding."));
            return findings;
        }
        if (context.policy().get(PolicyKeys.BRANCH_REQUIRE_ISSUE) && !MessageFacts.ISSUE.matcher(slug).find()) {
            findings.add(Finding.error(id(), branch, "Branch '" + branch + "' names no issue (such as #123 or"
                    + " PAY-123), and branch.requireIssueKey is true.",
                    "Rename it with the issue key: git branch -m " + branch + " " + prefix + "PAY-123-" + slug + "."));
        }
        return findings;
    }

    private static String slugOf(String branch) {
        int slash = branch.lastIndexOf('/');
        return slash < 0 ? branch : branch.substring(slash + 1);
    }
}
