package io.github.sfhotfix.core.triage;

/** Release path that triage assigns to a change. */
public enum Track {
    EMERGENCY_HOTFIX("emergency hotfix"),
    FAST_TRACK("fast-track"),
    REGULAR_RELEASE("regular release");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    /** Returns the track in prose, for example {@code emergency hotfix}. */
    public String label() {
        return label;
    }
}
