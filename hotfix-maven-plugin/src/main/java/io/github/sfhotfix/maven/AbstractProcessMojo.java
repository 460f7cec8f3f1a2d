package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.process.ProcessSettings;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters shared by the process goals: triage, policy, approvals, notifications, documents and status. */
abstract class AbstractProcessMojo extends AbstractMojo {

    /** Skips the goal; it logs one line and does nothing. */
    @Parameter(property = "hotfix.skip", defaultValue = "false")
    boolean skip;

    /** The policy file. Default: {@code hotfix.yaml} at the repository root, when present. */
    @Parameter(property = "hotfix.policy")
    File policy;

    /** A folder inside the repository. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** Folder for the reports. */
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

    ProcessSettings settings() {
        return new ProcessSettings(basedir.toPath(), policy == null ? null : policy.toPath(),
                PolicyProperties.collect(session, getLog()));
    }

    /** Returns the report folder, {@code target/hotfix} under the current directory without a pom.xml. */
    Path outputFolder() {
        return OutputFolders.resolve(outputDirectory, basedir);
    }

    /** Returns the file named by {@code GITHUB_STEP_SUMMARY}, or null outside GitHub Actions. */
    static Path stepSummary() {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        return summary == null || summary.isBlank() ? null : Path.of(summary);
    }
}
