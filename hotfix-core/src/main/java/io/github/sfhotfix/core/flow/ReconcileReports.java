package io.github.sfhotfix.core.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.flow.ReconcileResult.CherryPick;
import io.github.sfhotfix.core.flow.ReconcileResult.MissingCommit;
import io.github.sfhotfix.core.report.ReportFiles;
import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.FindingLevel;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Presents a reconcile result: log lines, {@code reconcile.json}, and a Markdown summary for the CI step summary. */
public final class ReconcileReports {

    /** The report file's name in the output folder. */
    public static final String JSON_FILE = "reconcile.json";

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileReports.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReconcileReports() {
    }

    /** Logs every cherry-pick found, every finding and a summary line with counts. */
    public static void log(ReconcileResult result) {
        for (CherryPick pick : result.cherryPicked()) {
            LOG.info("Cherry-picked: {} ({}) is on {} as {}", pick.productionCommit().substring(0, 8), pick.subject(),
                    result.integrationBranch(), pick.integrationCommit().substring(0, 8));
        }
        for (Finding finding : result.findings()) {
            if (finding.level() == FindingLevel.ERROR) {
                LOG.error("[{}] {} Fix: {}", finding.rule(), finding.message(), finding.fix());
            } else {
                LOG.warn("[{}] {} Fix: {}", finding.rule(), finding.message(), finding.fix());
            }
        }
        LOG.info("Reconcile {}: {} error(s), {} warning(s); {} commit(s) on {} missing from {}, {} cherry-picked",
                result.failed() ? "FAILED" : "passed", result.errors().size(), result.warnings().size(),
                result.missingCommits().size(), result.productionBranch(), result.integrationBranch(),
                result.cherryPicked().size());
    }

    /**
     * Writes {@code reconcile.json} into a folder, and appends the Markdown summary to the file a CI system names.
     *
     * @param stepSummary the file from {@code GITHUB_STEP_SUMMARY}, or null
     */
    public static void write(ReconcileResult result, Path folder, Path stepSummary) throws EnvironmentException {
        String json;
        try {
            json = JSON.writeValueAsString(toJson(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A reconcile report cannot be serialised", e);
        }
        ReportFiles.write(folder, JSON_FILE, json, "reconcile report");
        ReportFiles.appendStepSummary(stepSummary, markdown(result));
    }

    /** Builds the {@code reconcile.json} document. */
    public static ObjectNode toJson(ReconcileResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("result", result.failed() ? "failed" : "passed");
        root.put("productionBranch", result.productionBranch());
        root.put("integrationBranch", result.integrationBranch());
        ArrayNode missing = root.putArray("missingCommits");
        for (MissingCommit commit : result.missingCommits()) {
            ObjectNode node = missing.addObject().put("id", commit.id()).put("subject", commit.subject());
            commit.tags().forEach(node.putArray("tags")::add);
        }
        ArrayNode picks = root.putArray("cherryPicked");
        for (CherryPick pick : result.cherryPicked()) {
            picks.addObject().put("productionCommit", pick.productionCommit())
                    .put("integrationCommit", pick.integrationCommit()).put("subject", pick.subject());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            findings.addObject().put("rule", finding.rule()).put("level", finding.level().toString())
                    .put("value", finding.value()).put("message", finding.message()).put("fix", finding.fix());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", result.errors().size());
        summary.put("warnings", result.warnings().size());
        summary.put("missingCommits", result.missingCommits().size());
        summary.put("cherryPicked", result.cherryPicked().size());
        return root;
    }

    /** Builds the Markdown summary shown on the CI run page. */
    public static String markdown(ReconcileResult result) {
        StringBuilder text = new StringBuilder();
        text.append("### Hotfix reconcile ").append(result.failed() ? "failed" : "passed").append(": `")
                .append(result.productionBranch()).append("` into `").append(result.integrationBranch())
                .append("`\n\n");
        text.append(result.errors().size()).append(" error(s), ").append(result.warnings().size())
                .append(" warning(s), ").append(result.missingCommits().size()).append(" missing commit(s), ")
                .append(result.cherryPicked().size()).append(" cherry-picked.\n\n");
        if (!result.findings().isEmpty()) {
            text.append("| level | rule | finding | fix |\n|---|---|---|---|\n");
            for (Finding finding : result.findings()) {
                text.append("| ").append(finding.level()).append(" | ").append(finding.rule()).append(" | ")
                        .append(cell(finding.message())).append(" | ").append(cell(finding.fix())).append(" |\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
