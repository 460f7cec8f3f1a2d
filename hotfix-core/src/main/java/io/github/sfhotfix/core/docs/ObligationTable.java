package io.github.sfhotfix.core.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Obligations of every checked hotfix tag, one row per tag, in the order the tags were passed.
 *
 * @param rows one status per tag
 */
public record ObligationTable(List<ObligationStatus> rows) {

    public ObligationTable {
        rows = List.copyOf(rows);
    }

    /** Returns the column headings: tag, due date, then one per obligation. */
    public List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("tag", "due"));
        for (Obligation obligation : Obligation.values()) {
            headers.add(obligation.label());
        }
        return headers;
    }

    /** Returns the cells of every row, in the order of {@link #headers()}. */
    public List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        for (ObligationStatus row : rows) {
            List<String> line = new ArrayList<>(List.of(row.tag().name(), row.dueDate().toString()));
            for (Obligation obligation : Obligation.values()) {
                line.add(row.state(obligation).label());
            }
            cells.add(line);
        }
        return cells;
    }

    /** Returns whether any hotfix has an overdue obligation. */
    public boolean anyOverdue() {
        return rows.stream().anyMatch(ObligationStatus::overdue);
    }
}
