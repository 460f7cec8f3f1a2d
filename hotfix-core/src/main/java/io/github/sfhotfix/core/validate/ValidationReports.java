package io.github.sfhotfix.core.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.apex.SelectedTest;
import io.github.sfhotfix.core.git.CommitInfo;
import io.github.sfhotfix.core.project.ClassifiedChange;
import io.github.sfhotfix.core.report.ReportFiles;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presents a validation result: log lines, {@code validate.json}, the selected tests as {@code sf} arguments, and a
 * Markdown summary for the CI step summary.
 */
public final class ValidationReports {

    /** The report file's name in the output folder. */
    public static final String JSON_FILE = "validate.json";
    /** The selected tests, space-separated on one line, as {@code sf project deploy start --tests} takes them. */
    public static final String TESTS_FILE = "tests.txt";

    private static final Logger LOG = LoggerFactory.getLogger(ValidationReports.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationReports() {
    }

    /** Logs the selected tests, every finding and a summary line with counts. */
    public static void log(ValidationResult result) {
        for (SelectedTest test : result.tests().tests()) {
            LOG.info("Test {} ({})", test.name(), String.join("; ", test.reasons()));
        }
        for (String note : result.notes()) {
            LOG.info("Note: {}", note);
        }
        for (Finding finding : result.findings()) {
            if (finding.level() == FindingLevel.ERROR) {
                LOG.error("[{}] {} Fix: {}", finding.rule(), finding.message(), finding.fix());
            } else {
                LOG.warn("[{}] {} Fix: {}", finding.rule(), finding.message(), finding.fix());
            }
        }
        LOG.info("Validation {}: {} error(s), {} warning(s); {} changed file(s), {} deployable; {} test(s) selected",
                result.failed() ? "FAILED" : "passed", result.errors().size(), result.warnings().size(),
                result.changes().size(), result.deployableCount(), result.tests().tests().size());
    }

    /**
     * Writes {@code validate.json} and {@code tests.txt} into a folder, and appends the Markdown summary to the
     * file a CI system names, when it names one.
     *
     * @param stepSummary the file from {@code GITHUB_STEP_SUMMARY}, or null
     */
    public static void write(ValidationResult result, Path folder, Path stepSummary) throws EnvironmentException {
        String json;
        try {
            json = JSON.writeValueAsString(toJson(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validation report cannot be serialised", e);
        }
        ReportFiles.write(folder, JSON_FILE, json, "validation report");
        ReportFiles.write(folder, TESTS_FILE, String.join(" ", result.tests().testNames()) + "\n", "test list");
        ReportFiles.appendStepSummary(stepSummary, markdown(result));
    }

    /** Builds the {@code validate.json} document; docs/validate-json.md describes its fields. */
    public static ObjectNode toJson(ValidationResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("result", result.failed() ? "failed" : "passed");
        root.put("branch", result.branch());
        root.put("branchSource", result.branchSource());
        root.put("productionTag", result.productionTag().name());
        root.put("productionTagCommit", result.productionTag().commit().name());
        ObjectNode base = root.putObject("base");
        base.put("mode", result.baseMode().toString());
        base.put("commit", result.baseCommit());
        root.put("head", result.headCommit());
        stringArray(root.putArray("uncommittedPaths"), result.uncommittedPaths());

        ArrayNode commits = root.putArray("commits");
        for (CommitInfo commit : result.commits()) {
            commits.addObject().put("id", commit.id()).put("subject", commit.subject()).put("merge", commit.isMerge());
        }
        ArrayNode changes = root.putArray("changes");
        for (ClassifiedChange change : result.changes()) {
            ObjectNode node = changes.addObject();
            node.put("path", change.path());
            if (change.change().oldPath() != null) {
                node.put("oldPath", change.change().oldPath());
            }
            node.put("status", change.change().status().toString());
            node.put("kind", change.kind().label());
            node.put("component", change.component());
            node.put("deployable", change.isDeployable());
        }
        ArrayNode tests = root.putArray("tests");
        for (SelectedTest test : result.tests().tests()) {
            ObjectNode node = tests.addObject();
            node.put("name", test.name());
            stringArray(node.putArray("reasons"), test.reasons());
        }
        stringArray(root.putArray("testArguments"), result.tests().testsArguments());
        stringArray(root.putArray("untested"), result.tests().untested());
        stringArray(root.putArray("deleted"), result.tests().deleted());

        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            findings.addObject().put("rule", finding.rule()).put("level", finding.level().toString())
                    .put("value", finding.value()).put("message", finding.message()).put("fix", finding.fix());
        }
        stringArray(root.putArray("notes"), result.notes());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", result.errors().size());
        summary.put("warnings", result.warnings().size());
        summary.put("changes", result.changes().size());
        summary.put("deployable", result.deployableCount());
        summary.put("tests", result.tests().tests().size());
        return root;
    }

    /** Builds the Markdown summary shown on the CI run page. */
    public static String markdown(ValidationResult result) {
        StringBuilder text = new StringBuilder();
        text.append("### Hotfix validation ").append(result.failed() ? "failed" : "passed").append(": `")
                .append(result.branch()).append("`\n\n");
        text.append("Production tag `").append(result.productionTag().name()).append("`, HEAD `")
                .append(result.headCommit(), 0, 8).append("`: ").append(result.errors().size()).append(" error(s), ")
                .append(result.warnings().size()).append(" warning(s), ").append(result.deployableCount())
                .append(" deployable file(s), ").append(result.tests().tests().size()).append(" test(s).\n\n");
        if (!result.findings().isEmpty()) {
            text.append("| level | rule | finding | fix |\n|---|---|---|---|\n");
            for (Finding finding : result.findings()) {
                text.append("| ").append(finding.level()).append(" | ").append(finding.rule()).append(" | ")
                        .append(cell(finding.message())).append(" | ").append(cell(finding.fix())).append(" |\n");
            }
            text.append('\n');
        }
        if (!result.tests().tests().isEmpty()) {
            text.append("Tests: `").append(String.join(" ", result.tests().testNames())).append("`\n\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static void stringArray(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
