package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the outcome of a deploy command into a {@link DeployResult} or the exception that explains it: component and
 * test failures together for a failed deploy, the follow-up command for a deploy still running, the fix for an
 * unknown org. A failed validation reports only its id, so the details are fetched with
 * {@code sf project deploy report}.
 */
final class DeployResultReader {

    private final SfRunner runner;
    private final DeployRequest request;
    private final String action;

    /**
     * @param action what the command did, for messages, such as "Check-only deploy"
     */
    DeployResultReader(SfRunner runner, DeployRequest request, String action) {
        this.runner = runner;
        this.request = request;
        this.action = action;
    }

    /** Returns the result of a deploy that succeeded, or throws the reason it did not. */
    DeployResult read(SfResult result) throws RejectedInputException, EnvironmentException {
        DeployResult deploy = readFinished(result);
        if (!deploy.success()) {
            throw failure(deploy);
        }
        return deploy;
    }

    /**
     * Returns the result of a deploy that finished, successfully or not; a failed deploy has {@code success} false.
     *
     * @throws RejectedInputException when the org is unknown to the CLI
     * @throws EnvironmentException when the deploy is still running or the CLI failed before deploying
     */
    DeployResult readFinished(SfResult result) throws RejectedInputException, EnvironmentException {
        SfEnvelope envelope = result.json().orElseThrow(
                () -> result.environmentFailure(action + " printed no JSON"));
        Optional<JsonNode> resultNode = envelope.resultNode();
        if (resultNode.isPresent()) {
            DeployResult deploy = parse(resultNode.get(), result);
            if (deploy.isRunning()) {
                throw stillRunning(deploy.id());
            }
            if (deploy.success() && result.exitCode() != 0) {
                return failedCopy(deploy);
            }
            return deploy;
        }

        if (envelope.isNamed("ClientTimeoutError")) {
            throw stillRunning(envelope.dataText("id").or(() -> envelope.dataText("deployId")).orElse("<unknown>"));
        }
        if (envelope.isNamed("NamedOrgNotFoundError")) {
            throw new RejectedInputException("The CLI has no authorization for org '" + request.targetOrg()
                    + "'. Log in with `sf org login web --alias " + request.targetOrg() + "`, set $SFDX_AUTH_URL,"
                    + " or correct hotfix.sf.targetOrg.");
        }
        Optional<String> deployId = envelope.dataText("deployId").or(() -> envelope.dataText("id"));
        if (deployId.isPresent() && result.exitCode() == SfExitCode.FAILURE.code()) {
            return report(deployId.get());
        }
        throw result.environmentFailure(action + " to org " + request.targetOrg() + " did not finish");
    }

    /** Marks as failed a result that reports success under a failing exit code, such as 68 (partly deployed). */
    private static DeployResult failedCopy(DeployResult deploy) {
        return new DeployResult(deploy.id(), deploy.status(), false, deploy.done(), deploy.numberTestsCompleted(),
                deploy.numberTestErrors(), deploy.details());
    }

    /** Fetches the full result of a deploy by id. */
    DeployResult report(String deployId) throws EnvironmentException {
        SfCommand command = reportCommand(deployId);
        SfResult report = runner.run(command);
        JsonNode node = report.json().flatMap(SfEnvelope::resultNode).orElseThrow(
                () -> report.environmentFailure("Fetching the details of deploy " + deployId + " failed"));
        return parse(node, report);
    }

    SfCommand reportCommand(String deployId) {
        return SfCommand.builder("project", "deploy", "report")
                .option("--job-id", deployId)
                .targetOrg(request.targetOrg())
                .flag("--json")
                .workingDirectory(request.projectDirectory())
                .build();
    }

    private DeployResult parse(JsonNode node, SfResult result) throws EnvironmentException {
        try {
            return SfJson.convert(node, DeployResult.class);
        } catch (JsonProcessingException e) {
            throw new EnvironmentException("The deploy result of `" + result.commandLine()
                    + "` could not be read: " + e.getOriginalMessage());
        }
    }

    private EnvironmentException stillRunning(String deployId) {
        return new EnvironmentException(action + " " + deployId + " to org " + request.targetOrg()
                + " is still running after the wait of " + request.waitMinutes() + " minutes. Follow it with `"
                + reportCommand(deployId).describe() + "`, or raise hotfix.sf.waitMinutes.");
    }

    /** Returns the exception that lists every component and test failure of a failed deploy. */
    RejectedInputException failure(DeployResult deploy) {
        List<String> lines = new ArrayList<>();
        for (DeployResult.ComponentFailure failure : deploy.componentFailures()) {
            lines.add("  " + location(failure) + ": " + failure.problem());
        }
        for (DeployResult.TestFailure failure : deploy.testFailures()) {
            lines.add("  " + failure.name() + "." + failure.methodName() + ": " + failure.message());
        }
        String summary = action + " " + deploy.id() + " to org " + request.targetOrg() + " failed (status "
                + deploy.status() + "): " + deploy.componentFailures().size() + " component failure(s), "
                + deploy.testFailures().size() + " test failure(s).";
        String fix = "Fix the problems listed and run it again; full details: `"
                + reportCommand(deploy.id()).describe() + "`.";
        return new RejectedInputException(summary + System.lineSeparator()
                + (lines.isEmpty() ? "" : String.join(System.lineSeparator(), lines) + System.lineSeparator())
                + fix);
    }

    /** Returns {@code file:line} for a failure, with the file as the request named it when one matches. */
    private String location(DeployResult.ComponentFailure failure) {
        String file = failure.fileName() == null ? failure.componentType() + " " + failure.fullName()
                : failure.fileName();
        for (String path : request.sourcePaths()) {
            if (failure.fileName() != null && path.endsWith("/" + failure.fileName())) {
                file = path;
            }
        }
        return failure.lineNumber() == null ? file : file + ":" + failure.lineNumber();
    }
}
