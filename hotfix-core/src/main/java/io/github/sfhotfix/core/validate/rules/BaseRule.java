package io.github.sfhotfix.core.validate.rules;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.ProductionTag;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.Rule;
import io.github.sfhotfix.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The branch is built on what is in production: the production tag is an ancestor of HEAD, and no commit of the
 * integration branch that production lacks came along (a hotfix cut from develop is the classic mistake).
 */
public final class BaseRule implements Rule {

    private static final int LISTED_COMMITS = 10;

    @Override
    public String id() {
        return "base";
    }

    @Override
    public List<Finding> check(ValidationContext context) throws EnvironmentException {
        GitRepository repository = context.repository();
        ProductionTag tag = context.productionTag();
        List<Finding> findings = new ArrayList<>();

        if (!repository.isAncestor(tag.commit(), context.head())) {
            findings.add(Finding.error(id(), tag.name(), "Branch '" + context.branch() + "' is not based on the"
                    + " production tag " + tag.name() + " (" + tag.commit().abbreviate(8).name() + "): that commit"
                    + " is not in its history.",
                    "Create the branch from the tag and move the fix onto it: git switch -c " + context.branch()
                            + "-2 " + tag.name() + ", then git cherry-pick the fix commits."));
        }

        List<CommitInfo> fromDevelop = context.fromIntegration();
        if (!fromDevelop.isEmpty()) {
            findings.add(Finding.error(id(), context.integrationBranch(), fromDevelop.size() + " commit(s) on this"
                    + " branch come from '" + context.integrationBranch() + "' and are not in production: "
                    + describe(fromDevelop) + ".",
                    "Recreate the branch from the production tag (git switch -c " + context.branch() + "-2 "
                            + tag.name() + ") and cherry-pick only the fix commits."));
        }
        return findings;
    }

    private static String describe(List<CommitInfo> commits) {
        List<String> listed = new ArrayList<>();
        for (CommitInfo commit : commits.subList(0, Math.min(LISTED_COMMITS, commits.size()))) {
            listed.add(commit.shortId() + " " + commit.subject());
        }
        String more = commits.size() > LISTED_COMMITS ? "; and " + (commits.size() - LISTED_COMMITS) + " more" : "";
        return String.join("; ", listed) + more;
    }
}
