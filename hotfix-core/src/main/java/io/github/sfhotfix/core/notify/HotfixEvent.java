package io.github.sfhotfix.core.notify;

import java.util.Locale;

/** Step of a hotfix that is announced in the incident channel. */
public enum HotfixEvent {
    STARTED("Hotfix started", Outcome.WARNING),
    VALIDATED("Hotfix validated", Outcome.GOOD),
    APPROVED("Hotfix approved", Outcome.GOOD),
    DEPLOYED("Hotfix deployed", Outcome.GOOD),
    SMOKE_FAILED("Smoke tests failed after the hotfix deployment", Outcome.DANGER),
    MONITOR_FAILED("Monitoring failed after the hotfix deployment", Outcome.DANGER),
    FINISHED("Hotfix finished", Outcome.GOOD);

    private final String title;
    private final Outcome outcome;

    HotfixEvent(String title, Outcome outcome) {
        this.title = title;
        this.outcome = outcome;
    }

    /** Returns the headline of the message, for example {@code Hotfix deployed}. */
    public String title() {
        return title;
    }

    /** Returns the outcome, which colours the Slack attachment. */
    public Outcome outcome() {
        return outcome;
    }

    /** Returns the event name in JSON payloads, for example {@code smoke-failed}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
