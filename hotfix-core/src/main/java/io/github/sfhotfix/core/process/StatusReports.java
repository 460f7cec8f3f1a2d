package io.github.sfhotfix.core.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.docs.Obligation;
import io.github.sfhotfix.core.docs.ObligationStatus;
import io.github.sfhotfix.core.docs.ObligationTable;
import io.github.sfhotfix.core.report.ReportFiles;
import java.nio.file.Path;
import java.util.List;

/** Renders the result of {@code hotfix:status} as a text table, JSON ({@code status.json}) and Markdown. */
public final class StatusReports {

    /** File name of the JSON report in the output folder. */
    public static final String JSON_FILE = "status.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusReports() {
    }

    /** Renders one aligned line per hotfix tag under a heading line; lines end with a newline. */
    public static String text(StatusOutcome outcome) {
        ObligationTable table = outcome.table();
        List<String> headers = table.headers();
        List<List<String>> cells = table.cells();
        int[] widths = new int[headers.size()];
        for (int column = 0; column < headers.size(); column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : cells) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, headers, widths);
        for (List<String> row : cells) {
            appendRow(out, row, widths);
        }
        return out.toString();
    }

    /** Renders the JSON report: {@code result}, {@code since}, {@code graceBusinessDays} and one object per tag. */
    public static String json(StatusOutcome outcome) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("result", outcome.failed() ? "overdue" : "ok");
        root.put("since", outcome.since().toString());
        root.put("graceBusinessDays", outcome.graceBusinessDays());
        ArrayNode hotfixes = root.putArray("hotfixes");
        for (ObligationStatus row : outcome.table().rows()) {
            ObjectNode hotfix = hotfixes.addObject();
            hotfix.put("tag", row.tag().name());
            hotfix.put("taggedAt", row.tag().date().toString());
            hotfix.put("due", row.dueDate().toString());
            hotfix.put("overdue", row.overdue());
            ObjectNode obligations = hotfix.putObject("obligations");
            for (Obligation obligation : Obligation.values()) {
                obligations.put(obligation.label(), row.state(obligation).label());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built in memory could not be written", e);
        }
    }

    /** Renders the Markdown step summary: a heading, the outcome and the table. */
    public static String markdown(StatusOutcome outcome) {
        StringBuilder out = new StringBuilder("## Hotfix obligations\n\n");
        int count = outcome.table().rows().size();
        out.append(outcome.failed() ? "**Overdue obligations.** " : "").append(count)
                .append(" hotfix tag(s) since ").append(outcome.since().toString(), 0, 10).append(".\n\n");
        if (count == 0) {
            return out.toString();
        }
        out.append("| ").append(String.join(" | ", outcome.table().headers())).append(" |\n|");
        out.append("---|".repeat(outcome.table().headers().size())).append('\n');
        for (List<String> row : outcome.table().cells()) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    /**
     * Writes {@code status.json} to {@code directory} and appends the Markdown to {@code summaryFile} when given.
     */
    public static void write(StatusOutcome outcome, Path directory, Path summaryFile) throws EnvironmentException {
        ReportFiles.write(directory, JSON_FILE, json(outcome), "status report");
        ReportFiles.appendStepSummary(summaryFile, markdown(outcome) + "\n");
    }

    private static void appendRow(StringBuilder out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.size(); column++) {
            if (column > 0) {
                line.append("  ");
            }
            line.append(row.get(column)).append(" ".repeat(widths[column] - row.get(column).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
