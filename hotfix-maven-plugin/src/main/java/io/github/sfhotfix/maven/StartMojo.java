package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.flow.HotfixStart;
import io.github.sfhotfix.core.flow.StartRequest;
import io.github.sfhotfix.core.flow.StartResult;
import io.github.sfhotfix.core.notify.HotfixEvent;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates the hotfix branch from the production tag (the highest matching version, or the tag named) and checks it
 * out. Rejects a dirty working tree, an existing branch and an invalid name without writing anything. Announces the
 * start when a notification webhook is configured.
 */
@Mojo(name = "start", requiresProject = false, threadSafe = true)
public class StartMojo extends AbstractFlowMojo {

    /** The hotfix name; the branch is the branch prefix plus the name, such as {@code hotfix/fix-payment-processor}. */
    @Parameter(property = "hotfix.name")
    String name;

    /** The issue reference, such as {@code #12345} or {@code PAY-123}; recorded as the branch description. */
    @Parameter(property = "hotfix.issue")
    String issue;

    /** The tag to start from. Default: the production tag, the highest version matching the tag pattern. */
    @Parameter(property = "hotfix.fromTag")
    String fromTag;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("start")) {
            return;
        }
        StartRequest request = new StartRequest(basedir.toPath(), policyPath(), policyOverrides(), name, issue,
                fromTag, List.of(buildDirectory()), dryRun);
        try {
            StartResult result = new HotfixStart().start(request);
            getLog().info((result.dryRun() ? "Dry run: would start " : "Started ") + result.branch() + " from "
                    + result.tag() + ". Commit the fix with a subject starting 'hotfix:', then run hotfix:validate.");
            if (!result.dryRun()) {
                announce(HotfixEvent.STARTED, result.branch(), Map.of("From tag", result.tag()));
            }
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
