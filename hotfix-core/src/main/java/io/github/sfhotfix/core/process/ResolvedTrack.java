package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.triage.Track;
import io.github.sfhotfix.core.triage.TrackPolicy;
import java.util.Objects;

/**
 * The track a hotfix follows and where it was read.
 *
 * @param policy the effective policy of the track
 * @param source where the track came from, such as {@code the triage note on commit 1a2b3c4} or
 *     {@code triage.defaultTrack, no triage note found}
 * @param fromTriage true when a triage note decided the track, false when the policy's default applies
 */
public record ResolvedTrack(TrackPolicy policy, String source, boolean fromTriage) {

    public ResolvedTrack {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(source, "source");
    }

    public Track track() {
        return policy.track();
    }
}
