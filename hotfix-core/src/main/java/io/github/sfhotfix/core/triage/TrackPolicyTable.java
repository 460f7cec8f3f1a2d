package io.github.sfhotfix.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Renders the effective track policies as a plain-text comparison table with aligned columns. */
public final class TrackPolicyTable {

    private static final String COLUMN_GAP = "  ";

    private TrackPolicyTable() {
    }

    /** Renders one row per aspect and one column per track; lines end with a newline and have no trailing blanks. */
    public static String render(TrackPolicies policies) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("aspect");
        for (Track track : Track.values()) {
            header.add(track.label());
        }
        rows.add(header);
        rows.add(row(policies, "branch from", policy -> policy.branchBase().label()));
        rows.add(row(policies, "tests at deploy",
                policy -> policy.testLevel().label() + " (" + policy.testLevel().cliValue() + ")"));
        rows.add(row(policies, "approvals", policy -> Integer.toString(policy.minimumApprovals())));
        rows.add(row(policies, "window", policy -> policy.deploymentWindow().label()));
        rows.add(row(policies, "code review", policy -> policy.reviewTiming().label()));
        rows.add(row(policies, "documentation", policy -> policy.documentationTiming().label()));
        rows.add(row(policies, "rollback", policy -> policy.rollbackPlan().label()));

        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }

        StringBuilder out = new StringBuilder();
        appendLine(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        appendLine(out, rule, widths);
        for (List<String> row : rows.subList(1, rows.size())) {
            appendLine(out, row, widths);
        }
        return out.toString();
    }

    private static List<String> row(TrackPolicies policies, String aspect, Function<TrackPolicy, String> value) {
        List<String> row = new ArrayList<>();
        row.add(aspect);
        for (Track track : Track.values()) {
            row.add(value.apply(policies.of(track)));
        }
        return row;
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            if (column > 0) {
                line.append(COLUMN_GAP);
            }
            String cell = cells.get(column);
            line.append(cell).append(" ".repeat(widths[column] - cell.length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
