package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.docs.ObligationTable;
import java.time.Instant;
import java.util.Objects;

/**
 * Obligations still owed for the hotfixes tagged since a date.
 *
 * @param since the oldest tag date considered
 * @param graceBusinessDays business days after a tag before an unmet obligation is overdue
 * @param table one row per hotfix tag, oldest first
 */
public record StatusOutcome(Instant since, int graceBusinessDays, ObligationTable table) {

    public StatusOutcome {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(table, "table");
    }

    /** Returns whether an obligation is overdue, which fails {@code hotfix:status}. */
    public boolean failed() {
        return table.anyOverdue();
    }
}
