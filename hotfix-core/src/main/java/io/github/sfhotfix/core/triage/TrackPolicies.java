package io.github.sfhotfix.core.triage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Effective policy of every track: the built-in defaults with the overrides of the configuration applied. */
public final class TrackPolicies {

    private final Map<Track, TrackPolicy> byTrack;

    private TrackPolicies(Map<Track, TrackPolicy> byTrack) {
        this.byTrack = byTrack;
    }

    /** Returns the built-in policies. */
    public static TrackPolicies defaults() {
        Map<Track, TrackPolicy> byTrack = new EnumMap<>(Track.class);
        for (Track track : Track.values()) {
            byTrack.put(track, TrackPolicy.defaultFor(track));
        }
        return new TrackPolicies(byTrack);
    }

    /** Returns the policy of {@code track}. */
    public TrackPolicy of(Track track) {
        return byTrack.get(Objects.requireNonNull(track, "track"));
    }

    /** Returns a copy in which {@code policy} replaces the policy of its track. */
    public TrackPolicies with(TrackPolicy policy) {
        Map<Track, TrackPolicy> copy = new EnumMap<>(byTrack);
        copy.put(policy.track(), policy);
        return new TrackPolicies(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrackPolicies && ((TrackPolicies) other).byTrack.equals(byTrack);
    }

    @Override
    public int hashCode() {
        return byTrack.hashCode();
    }

    @Override
    public String toString() {
        return "TrackPolicies" + byTrack.values();
    }
}
