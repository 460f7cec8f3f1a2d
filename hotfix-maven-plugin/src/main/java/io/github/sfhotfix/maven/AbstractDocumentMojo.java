package io.github.sfhotfix.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** Parameters of the goals that document one hotfix: changelog, rca and incident-report. */
abstract class AbstractDocumentMojo extends AbstractProcessMojo {

    /** The hotfix branch. Default: the checked-out branch. */
    @Parameter(property = "hotfix.branch")
    String branch;

    /**
     * The hotfix's release tag, such as {@code v1.4.3}, to document a finished hotfix whose branch is gone. Takes
     * precedence over the branch.
     */
    @Parameter(property = "hotfix.tag")
    String tag;
}
