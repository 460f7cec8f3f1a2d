package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.process.HotfixTriage;
import io.github.sfhotfix.core.process.TriageOutcome;
import io.github.sfhotfix.core.process.TriageRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Decides the release track of an incident (emergency hotfix, fast-track or regular release) and prints the reasons.
 * Writes {@code target/hotfix/triage.json}; with {@code hotfix.recordNote} also stores the decision as a git note on
 * HEAD in {@code refs/notes/hotfix-triage}, where the approval gate and the deploy goals read the track.
 */
@Mojo(name = "triage", requiresProject = false, threadSafe = true)
public class TriageMojo extends AbstractProcessMojo {

    /** Severity: {@code critical}, {@code high}, {@code medium} or {@code low}. Required. */
    @Parameter(property = "hotfix.severity")
    String severity;

    /** Share of users blocked: {@code all} (all or most), {@code partial} or {@code none}. Required. */
    @Parameter(property = "hotfix.impact")
    String impact;

    /** Whether the fix can wait for the next release window. */
    @Parameter(property = "hotfix.canWait", defaultValue = "false")
    boolean canWait;

    /**
     * Kind of change: {@code defect}, {@code feature-request}, {@code non-critical-bug},
     * {@code performance-optimisation} or {@code ui-tweak}. Only a defect can be an emergency or fast-track.
     */
    @Parameter(property = "hotfix.requestKind", defaultValue = "defect")
    String requestKind;

    /** Emergency criterion: production is broken for all or most users. */
    @Parameter(property = "hotfix.productionBroken", defaultValue = "false")
    boolean productionBroken;

    /** Emergency criterion: a business-critical function is unavailable. */
    @Parameter(property = "hotfix.businessCriticalDown", defaultValue = "false")
    boolean businessCriticalDown;

    /**
     * Estimated loss per hour in whole currency units, such as {@code 25000}; above
     * {@code triage.financialImpactThreshold} is an emergency. Read as text, so the core reports a value that is not
     * a whole number.
     */
    @Parameter(property = "hotfix.financialImpactPerHour", defaultValue = "0")
    String financialImpactPerHour;

    /** Emergency criterion: a security vulnerability is actively exploited. */
    @Parameter(property = "hotfix.securityExploited", defaultValue = "false")
    boolean securityExploited;

    /** Emergency criterion: data corruption is occurring. */
    @Parameter(property = "hotfix.dataCorruption", defaultValue = "false")
    boolean dataCorruption;

    /** Also stores the decision as a git note on HEAD. */
    @Parameter(property = "hotfix.recordNote", defaultValue = "false")
    boolean recordNote;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("triage")) {
            return;
        }
        TriageRequest request = new TriageRequest(settings(), severity, impact, canWait, requestKind,
                productionBroken, businessCriticalDown, financialImpactPerHour, securityExploited, dataCorruption,
                outputFolder().resolve("triage.json"), recordNote);
        try {
            TriageOutcome outcome = new HotfixTriage().triage(request);
            getLog().info("Track: " + outcome.decision().track() + " (" + outcome.decision().track().label() + ")");
            outcome.decision().reasons().forEach(reason -> getLog().info("  - " + reason));
            getLog().info("Written to " + outcome.file());
            outcome.note().ifPresent(commit -> getLog().info("Recorded as a note on " + commit.substring(0, 8)
                    + " in refs/notes/hotfix-triage"));
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
