package io.github.sfhotfix.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides the release track of an incident.
 *
 * <p>Rules, applied in this order:
 * <ol>
 *   <li>A request that is not a defect (feature request, non-critical bug, performance optimisation, UI tweak) goes
 *       to the regular release, regardless of its severity and criteria.</li>
 *   <li>Any emergency criterion makes a defect an emergency hotfix, whatever its severity.</li>
 *   <li>Critical with all or most users blocked is an emergency hotfix.</li>
 *   <li>Critical with partial impact, high, and critical with no user blocked (handled like high) take the fast
 *       track, unless the fix can wait for the next window, then they go to the regular release.</li>
 *   <li>Medium and low go to the regular release.</li>
 * </ol>
 * An emergency does not consult "can wait for the next window"; the reasons state when that flag was overridden.
 */
public final class Triage {

    private final TriagePolicy policy;

    public Triage(TriagePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Decides the track of {@code incident} and returns it with the reasons. */
    public TriageDecision decide(Incident incident) {
        List<String> criteria = metCriteria(incident);
        List<String> reasons = new ArrayList<>();
        Track track;

        if (incident.requestKind() != RequestKind.DEFECT) {
            track = decideNonDefect(incident, criteria, reasons);
        } else if (!criteria.isEmpty()) {
            criteria.forEach(criterion -> reasons.add("Emergency criterion met: " + criterion + "."));
            addWaitOverridden(incident, reasons);
            track = Track.EMERGENCY_HOTFIX;
        } else {
            track = decideBySeverity(incident, reasons);
        }
        return new TriageDecision(incident, policy.financialImpactThresholdPerHour(), track, reasons);
    }

    private static Track decideNonDefect(Incident incident, List<String> criteria, List<String> reasons) {
        String kind = incident.requestKind().label();
        reasons.add("A " + kind + " is never an emergency or fast-track change, whatever its severity ("
                + incident.severity().token() + "), so it goes to the regular release.");
        if (!criteria.isEmpty()) {
            reasons.add("Emergency criteria ignored because the request is a " + kind + ": "
                    + String.join("; ", criteria) + ". If this is a defect, triage it again with request kind '"
                    + RequestKind.DEFECT.token() + "'.");
        }
        return Track.REGULAR_RELEASE;
    }

    private static Track decideBySeverity(Incident incident, List<String> reasons) {
        switch (incident.severity()) {
            case CRITICAL:
                return decideCritical(incident, reasons);
            case HIGH:
                return fastTrackUnlessItCanWait(incident, "High severity", reasons);
            default:
                String severity = incident.severity().token();
                reasons.add(Character.toUpperCase(severity.charAt(0)) + severity.substring(1)
                        + " severity with no emergency criterion goes to the regular release.");
                return Track.REGULAR_RELEASE;
        }
    }

    private static Track decideCritical(Incident incident, List<String> reasons) {
        switch (incident.userImpact()) {
            case ALL:
                reasons.add("Critical severity with all or most users blocked requires an emergency hotfix.");
                addWaitOverridden(incident, reasons);
                return Track.EMERGENCY_HOTFIX;
            case PARTIAL:
                return fastTrackUnlessItCanWait(incident, "Critical severity with partial user impact", reasons);
            default:
                reasons.add("Critical severity with no user blocked is handled like high severity.");
                return fastTrackUnlessItCanWait(incident, "High severity", reasons);
        }
    }

    private static Track fastTrackUnlessItCanWait(Incident incident, String subject, List<String> reasons) {
        if (incident.canWaitForNextWindow()) {
            reasons.add(subject + " that can wait for the next window goes to the regular release.");
            return Track.REGULAR_RELEASE;
        }
        reasons.add(subject + " that cannot wait for the next window takes the fast track.");
        return Track.FAST_TRACK;
    }

    private static void addWaitOverridden(Incident incident, List<String> reasons) {
        if (incident.canWaitForNextWindow()) {
            reasons.add("The incident was marked as able to wait for the next window, but that does not apply"
                    + " to an emergency.");
        }
    }

    private List<String> metCriteria(Incident incident) {
        List<String> criteria = new ArrayList<>();
        if (incident.productionBrokenForMostUsers()) {
            criteria.add("production is broken for all or most users");
        }
        if (incident.businessCriticalFunctionUnavailable()) {
            criteria.add("a business-critical function is unavailable");
        }
        long threshold = policy.financialImpactThresholdPerHour();
        if (incident.financialImpactPerHour() > threshold) {
            criteria.add(String.format(Locale.ROOT, "financial impact of %,d per hour is above the threshold of %,d",
                    incident.financialImpactPerHour(), threshold));
        }
        if (incident.securityVulnerabilityExploited()) {
            criteria.add("a security vulnerability is actively exploited");
        }
        if (incident.dataCorruptionOccurring()) {
            criteria.add("data corruption is occurring");
        }
        return criteria;
    }
}
