package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.notify.HotfixEvent;
import io.github.sfhotfix.core.notify.NotificationResult;
import io.github.sfhotfix.core.notify.Sleeper;
import io.github.sfhotfix.core.process.HotfixAnnouncer;
import io.github.sfhotfix.core.process.ProcessSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters shared by the goals that change the repository: start, finish and reconcile. */
abstract class AbstractFlowMojo extends AbstractMojo {

    /** Skips the goal; it logs one line and does nothing. */
    @Parameter(property = "hotfix.skip", defaultValue = "false")
    boolean skip;

    /** The policy file. Default: {@code hotfix.yaml} at the repository root, when present. */
    @Parameter(property = "hotfix.policy")
    File policy;

    /** Prints each step the goal would take and writes nothing. */
    @Parameter(property = "hotfix.dryRun", defaultValue = "false")
    boolean dryRun;

    /** A folder inside the repository. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** The report folder. Files under the build directory that contains it never make the working tree dirty. */
    @Parameter(property = "hotfix.outputDirectory", defaultValue = "${project.build.directory}/hotfix")
    File outputDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Returns true, after logging one line, when the goal is skipped. */
    boolean skipped(String goal) {
        if (skip) {
            getLog().info("Skipping hotfix:" + goal + " (hotfix.skip=true).");
        }
        return skip;
    }

    Path policyPath() {
        return policy == null ? null : policy.toPath();
    }

    Map<String, String> policyOverrides() {
        return PolicyProperties.collect(session, getLog());
    }

    /** Returns the report folder, {@code target/hotfix} under the current directory without a pom.xml. */
    Path outputFolder() {
        return OutputFolders.resolve(outputDirectory, basedir);
    }

    /** Returns the build directory ({@code target}), whose files never make the working tree dirty. */
    Path buildDirectory() {
        return outputFolder().getParent();
    }

    /**
     * Sends {@code event} when the webhook variable of {@code notify.webhookVariable} is set. A failure only warns
     * unless {@code notify.failuresFatal} is set; then it fails the goal after the goal's own work is done.
     */
    void announce(HotfixEvent event, String branch, Map<String, String> fields)
            throws MojoExecutionException, MojoFailureException {
        try {
            Optional<NotificationResult> result = new HotfixAnnouncer(System.getenv(), Sleeper.THREAD)
                    .sendIfConfigured(new ProcessSettings(basedir.toPath(), policyPath(), policyOverrides()), event,
                            branch, fields);
            if (result.isEmpty()) {
                getLog().debug("No notification sent: notify.webhookVariable names an unset variable.");
            } else if (result.get().delivered()) {
                getLog().info(result.get().message());
            } else {
                getLog().warn(result.get().message());
            }
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
