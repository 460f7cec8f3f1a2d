package io.github.sfhotfix.core.triage;

import java.util.List;
import java.util.Objects;

/**
 * Track assigned to an incident, with the reasons that decided it, in the order they were applied.
 *
 * @param incident facts that were triaged
 * @param financialImpactThresholdPerHour threshold of the policy that was applied
 * @param track assigned track
 * @param reasons sentences that explain the track
 */
public record TriageDecision(Incident incident, long financialImpactThresholdPerHour, Track track,
        List<String> reasons) {

    /** Copies the reasons so the decision stays immutable. */
    public TriageDecision {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(track, "track");
        reasons = List.copyOf(reasons);
    }
}
