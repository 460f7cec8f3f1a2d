package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.FindingLevel;
import java.util.List;

/**
 * Differences between the production branch and the integration branch.
 *
 * @param productionBranch the production branch as read, such as {@code main} or {@code origin/main}
 * @param integrationBranch the integration branch as read
 * @param missingCommits commits on the production branch whose change is not in the integration branch, oldest first
 * @param cherryPicked commits on the production branch whose change reached the integration branch as another commit
 *     with the same patch id
 * @param findings missing tags and commits, errors first
 */
public record ReconcileResult(String productionBranch, String integrationBranch, List<MissingCommit> missingCommits,
        List<CherryPick> cherryPicked, List<Finding> findings) {

    public ReconcileResult {
        missingCommits = List.copyOf(missingCommits);
        cherryPicked = List.copyOf(cherryPicked);
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(finding -> finding.level() == FindingLevel.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(finding -> finding.level() == FindingLevel.WARNING).toList();
    }

    public boolean failed() {
        return !errors().isEmpty();
    }

    /**
     * A commit on the production branch whose change the integration branch lacks.
     *
     * @param id the full commit id
     * @param subject the commit's subject
     * @param tags the production tags that contain it and are missing from the integration branch
     */
    public record MissingCommit(String id, String subject, List<String> tags) {

        public MissingCommit {
            tags = List.copyOf(tags);
        }
    }

    /**
     * A production commit whose change is on the integration branch as a different commit.
     *
     * @param productionCommit the commit on the production branch
     * @param integrationCommit the commit on the integration branch with the same patch id
     * @param subject the production commit's subject
     */
    public record CherryPick(String productionCommit, String integrationCommit, String subject) {
    }
}
