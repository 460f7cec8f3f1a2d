package io.github.sfhotfix.core.notify;

import io.github.sfhotfix.core.RejectedInputException;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Parses an event token such as {@code started} or {@code smoke-failed}, ignoring case.
     *
     * @throws RejectedInputException when the text names no event; the message lists the accepted tokens
     */
    public static HotfixEvent parse(String text) throws RejectedInputException {
        List<String> tokens = new ArrayList<>();
        for (HotfixEvent event : values()) {
            tokens.add(event.token());
            if (text != null && event.token().equalsIgnoreCase(text.trim().replace('_', '-'))) {
                return event;
            }
        }
        throw new RejectedInputException((text == null || text.isBlank() ? "Missing event" : "Invalid event '" + text
                + "'") + ". Pass -Dhotfix.event= with one of: " + String.join(", ", tokens) + ".");
    }
}
