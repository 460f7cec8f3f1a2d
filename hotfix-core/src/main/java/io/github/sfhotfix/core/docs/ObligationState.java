package io.github.sfhotfix.core.docs;

import java.util.Locale;

/** State of one obligation of one hotfix. */
public enum ObligationState {
    /** Done. */
    MET,
    /** Not done, and the grace period has not ended. */
    PENDING,
    /** Not done after the grace period. */
    OVERDUE;

    /** Returns the table cell text, for example {@code overdue}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
