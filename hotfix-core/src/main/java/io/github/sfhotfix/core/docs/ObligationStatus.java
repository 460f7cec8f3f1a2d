package io.github.sfhotfix.core.docs;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Obligations of one hotfix tag.
 *
 * @param tag checked tag
 * @param dueDate last day of the grace period; an obligation unmet after this date is overdue
 * @param states state of every obligation
 */
public record ObligationStatus(HotfixTag tag, LocalDate dueDate, Map<Obligation, ObligationState> states) {

    public ObligationStatus {
        states = Collections.unmodifiableMap(new EnumMap<>(states));
    }

    /** Returns the state of {@code obligation}. */
    public ObligationState state(Obligation obligation) {
        return states.get(obligation);
    }

    /** Returns whether every obligation is met. */
    public boolean complete() {
        return states.values().stream().allMatch(state -> state == ObligationState.MET);
    }

    /** Returns whether any obligation is overdue. */
    public boolean overdue() {
        return states.containsValue(ObligationState.OVERDUE);
    }
}
