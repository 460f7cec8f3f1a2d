package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.sf.SmokeCheckResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the post-deployment smoke checks against an org and reports one line per check with its figure. When the org
 * is unreachable, the checks after it are skipped.
 */
public final class SmokeTests implements SfOperation {

    private static final Logger LOG = LoggerFactory.getLogger(SmokeTests.class);

    private final SfRunner runner;
    private final String targetOrg;
    private final Path projectDirectory;
    private final List<SmokeCheck> checks;

    public SmokeTests(SfRunner runner, String targetOrg, Path projectDirectory, List<SmokeCheck> checks) {
        this.runner = runner;
        this.targetOrg = targetOrg;
        this.projectDirectory = projectDirectory;
        this.checks = List.copyOf(checks);
    }

    @Override
    public List<String> describe() {
        return checks.stream().map(check -> command(check).describe()).toList();
    }

    /**
     * Runs every check.
     *
     * @throws RejectedInputException when an Apex script is missing or a query is invalid
     * @throws EnvironmentException when the CLI fails on a reachable org
     */
    public SmokeReport run() throws RejectedInputException, EnvironmentException {
        checkScripts();
        List<SmokeCheckResult> results = new ArrayList<>();
        boolean reachable = true;
        for (SmokeCheck check : checks) {
            SmokeCheckResult result = reachable ? run(check)
                    : new SmokeCheckResult(check.name(), Status.SKIPPED, "-", "org not reachable");
            if (check instanceof SmokeCheck.OrgReachable && result.status() == Status.FAILED) {
                reachable = false;
            }
            LOG.debug("Smoke check {}", result.line());
            results.add(result);
        }
        return new SmokeReport(targetOrg, results);
    }

    private SmokeCheckResult run(SmokeCheck check) throws RejectedInputException, EnvironmentException {
        if (check instanceof SmokeCheck.OrgReachable) {
            return orgReachable(check);
        }
        if (check instanceof SmokeCheck.RecordCount count) {
            return recordCount(count);
        }
        if (check instanceof SmokeCheck.ErrorCount errors) {
            int found = new SoqlCount(runner, targetOrg).count(errors.soql(), "smoke check " + errors.name());
            return found > errors.warnAbove()
                    ? new SmokeCheckResult(errors.name(), Status.WARNING, Integer.toString(found),
                            "above the warning threshold of " + errors.warnAbove())
                    : new SmokeCheckResult(errors.name(), Status.PASSED, Integer.toString(found),
                            "at most " + errors.warnAbove());
        }
        return anonymousApex((SmokeCheck.AnonymousApex) check);
    }

    /** Passes only on connected status "Connected", because the CLI exits 0 and reports an offline org there. */
    private SmokeCheckResult orgReachable(SmokeCheck check) throws EnvironmentException {
        SfResult result = runner.run(command(check));
        if (result.exitCode() == 0 && result.envelope() != null && result.envelope().resultNode().isPresent()) {
            JsonNode org = result.envelope().result();
            String status = org.path("connectedStatus").asText("");
            return new SmokeCheckResult(check.name(), status.equals("Connected") ? Status.PASSED : Status.FAILED,
                    org.path("username").asText("?"), status);
        }
        return new SmokeCheckResult(check.name(), Status.FAILED, "exit code " + result.exitCode(),
                result.describeFailure());
    }

    private SmokeCheckResult recordCount(SmokeCheck.RecordCount check)
            throws RejectedInputException, EnvironmentException {
        int found = new SoqlCount(runner, targetOrg).count(check.soql(), "smoke check " + check.name());
        String expected = (check.atLeast() == null ? "" : "at least " + check.atLeast())
                + (check.atLeast() != null && check.atMost() != null ? ", " : "")
                + (check.atMost() == null ? "" : "at most " + check.atMost());
        boolean within = (check.atLeast() == null || found >= check.atLeast())
                && (check.atMost() == null || found <= check.atMost());
        return new SmokeCheckResult(check.name(), within ? Status.PASSED : Status.FAILED, Integer.toString(found),
                "expected " + expected);
    }

    private SmokeCheckResult anonymousApex(SmokeCheck.AnonymousApex check) throws EnvironmentException {
        SfResult result = runner.run(command(check));
        JsonNode outcome = result.json().flatMap(SfEnvelope::resultNode)
                .orElseGet(() -> result.envelope() == null ? null : result.envelope().data());
        if (outcome == null) {
            throw result.environmentFailure("Running the Apex script " + check.script() + " failed");
        }
        if (result.exitCode() == 0 && outcome.path("success").asBoolean(false)) {
            return new SmokeCheckResult(check.name(), Status.PASSED, "ran", check.script().toString());
        }
        String position = check.script() + ":" + outcome.path("line").asInt(0) + ":" + outcome.path("column").asInt(0);
        if (!outcome.path("compiled").asBoolean(true)) {
            return new SmokeCheckResult(check.name(), Status.FAILED, "compile failure",
                    position + ": " + outcome.path("compileProblem").asText(""));
        }
        return new SmokeCheckResult(check.name(), Status.FAILED, "runtime failure",
                position + ": " + outcome.path("exceptionMessage").asText(""));
    }

    private SfCommand command(SmokeCheck check) {
        if (check instanceof SmokeCheck.RecordCount count) {
            return new SoqlCount(runner, targetOrg).command(count.soql());
        }
        if (check instanceof SmokeCheck.ErrorCount errors) {
            return new SoqlCount(runner, targetOrg).command(errors.soql());
        }
        if (check instanceof SmokeCheck.AnonymousApex apex) {
            return SfCommand.builder("apex", "run")
                    .option("--file", apex.script().toString())
                    .targetOrg(targetOrg)
                    .flag("--json")
                    .workingDirectory(projectDirectory)
                    .build();
        }
        return SfCommand.builder("org", "display").targetOrg(targetOrg).flag("--json").build();
    }

    private void checkScripts() throws RejectedInputException {
        List<String> missing = new ArrayList<>();
        for (SmokeCheck check : checks) {
            if (check instanceof SmokeCheck.AnonymousApex apex
                    && !Files.isRegularFile(projectDirectory.resolve(apex.script()))) {
                missing.add(apex.script().toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new RejectedInputException("Smoke check Apex scripts not found in " + projectDirectory + ": "
                    + missing + ". Correct the script paths or commit the scripts.");
        }
    }
}
