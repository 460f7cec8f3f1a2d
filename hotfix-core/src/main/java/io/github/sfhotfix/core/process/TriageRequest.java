package io.github.sfhotfix.core.process;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The inputs of one triage, as the user typed them. Severity, impact, request kind and financial impact are parsed by
 * {@link HotfixTriage}, so an invalid value is reported with the accepted ones.
 *
 * @param settings repository and policy
 * @param severity {@code critical}, {@code high}, {@code medium} or {@code low}
 * @param impact {@code all}, {@code partial} or {@code none}
 * @param canWait whether the fix can wait for the next release window
 * @param requestKind {@code defect}, {@code feature-request}, {@code non-critical-bug},
 *     {@code performance-optimisation} or {@code ui-tweak}; null means defect
 * @param productionBroken emergency criterion: production is broken for all or most users
 * @param businessCriticalDown emergency criterion: a business-critical function is unavailable
 * @param financialImpactPerHour estimated loss per hour in whole currency units, as typed, such as {@code 25000};
 *     null or blank means 0
 * @param securityExploited emergency criterion: a security vulnerability is actively exploited
 * @param dataCorruption emergency criterion: data corruption is occurring
 * @param outputFile where the decision's JSON is written, such as {@code target/hotfix/triage.json}
 * @param recordNote true to store the decision as a git note on HEAD as well
 */
public record TriageRequest(ProcessSettings settings, String severity, String impact, boolean canWait,
        String requestKind, boolean productionBroken, boolean businessCriticalDown, String financialImpactPerHour,
        boolean securityExploited, boolean dataCorruption, Path outputFile, boolean recordNote) {

    public TriageRequest {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outputFile, "outputFile");
    }
}
