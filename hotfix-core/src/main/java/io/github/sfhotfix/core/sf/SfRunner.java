package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.EnvironmentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Salesforce CLI: an argument list, never a shell string, with a timeout, both output streams drained
 * concurrently, and an environment that turns off telemetry, auto-update, version checks and progress bars.
 * Non-zero exit codes are returned as values; a missing executable, a timeout or an I/O error is an
 * {@link EnvironmentException}.
 */
public final class SfRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SfRunner.class);

    /** Variables added to every call, so the CLI neither phones home nor waits on an update or a prompt. */
    static final Map<String, String> CLI_ENVIRONMENT = Map.of(
            "SF_DISABLE_TELEMETRY", "true",
            "SF_AUTOUPDATE_DISABLE", "true",
            "SF_SKIP_NEW_VERSION_CHECK", "true",
            "SF_USE_PROGRESS_BAR", "false");

    private static final int STDERR_TAIL_LINES = 20;
    private static final int STDERR_TAIL_CHARS = 4000;
    private static final Duration STREAM_STOP_TIMEOUT = Duration.ofSeconds(5);

    private final SfCliOptions options;
    private final Map<String, String> environment;
    private final SecretMasker masker;

    /**
     * Creates a runner.
     *
     * @param options the executable and timeout
     * @param environment the environment the CLI runs with (usually the caller's {@code System.getenv()}), before
     *     the CLI variables are added
     * @param masker the secrets to mask in logs and messages, besides those a command marks itself
     */
    public SfRunner(SfCliOptions options, Map<String, String> environment, SecretMasker masker) {
        this.options = options;
        this.environment = Map.copyOf(environment);
        this.masker = masker;
    }

    public SfCliOptions options() {
        return options;
    }

    /** Returns the masker for this runner's secrets. */
    public SecretMasker masker() {
        return masker;
    }

    /** Returns a runner like this one that also masks the given values. */
    public SfRunner withSecrets(Collection<String> secrets) {
        return new SfRunner(options, environment, masker.and(secrets));
    }

    /**
     * Runs the command and returns its exit code and output. Exit code 127 (command not found) is thrown, because no
     * operation can go on without its command.
     *
     * @throws EnvironmentException when the executable is not found, the command ran out of time and was killed,
     *     the CLI reported exit code 127, or starting the process failed
     */
    public SfResult run(SfCommand command) throws EnvironmentException {
        SecretMasker commandMasker = masker.and(command.secrets());
        String commandLine = command.describe("sf", commandMasker);
        Duration timeout = timeoutFor(command);
        LOG.debug("Running {} (executable {}, timeout {} s)", commandLine, options.executable(), timeout.toSeconds());

        CommandLine processLine = new CommandLine(options.executable());
        for (String argument : command.arguments()) {
            processLine.addArgument(argument, false);
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PumpStreamHandler streams = new PumpStreamHandler(stdout, stderr);
        streams.setStopTimeout(STREAM_STOP_TIMEOUT);
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
        DefaultExecutor executor = DefaultExecutor.builder().setExecuteStreamHandler(streams).get();
        command.workingDirectory().ifPresent(directory -> executor.setWorkingDirectory(directory.toFile()));
        executor.setWatchdog(watchdog);
        executor.setExitValues(null);

        int exitCode;
        long started = System.nanoTime();
        try {
            exitCode = executor.execute(processLine, processEnvironment());
        } catch (IOException e) {
            throw startFailure(commandLine, e, commandMasker);
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        String stderrTail = commandMasker.mask(tail(stderr.toString(StandardCharsets.UTF_8)));
        if (watchdog.killedProcess()) {
            throw new EnvironmentException("`" + commandLine + "` timed out after " + timeout.toSeconds()
                    + " s and was killed. Check the org and the network, or raise the timeout (hotfix.sf.timeoutMinutes)."
                    + stderrSuffix(stderrTail));
        }
        String output = commandMasker.mask(stdout.toString(StandardCharsets.UTF_8));
        SfEnvelope envelope = SfJson.parseEnvelope(output).orElse(null);
        LOG.debug("{} ended with exit code {} after {} ms ({} bytes of output{})", command.name(), exitCode,
                elapsedMillis, output.length(), envelope == null ? ", no JSON" : "");
        if (!stderrTail.isBlank()) {
            LOG.debug("{} stderr: {}", command.name(), stderrTail);
        }
        SfResult result = new SfResult(exitCode, envelope, output, commandLine, stderrTail);
        if (exitCode == SfExitCode.COMMAND_NOT_FOUND.code()) {
            throw new EnvironmentException(result.describeFailure() + System.lineSeparator()
                    + "Executable tried: " + options.executable() + ". Install or update the Salesforce CLI"
                    + " (npm install --global @salesforce/cli) and the plugin the command needs, or set "
                    + SfCliOptions.EXECUTABLE_PROPERTY + " to the sf executable.");
        }
        return result;
    }

    private Duration timeoutFor(SfCommand command) {
        Duration timeout = options.timeout();
        if (command.waitMinutes().isPresent()) {
            Duration needed = Duration.ofMinutes(command.waitMinutes().getAsInt()).plus(SfCliOptions.WAIT_MARGIN);
            if (needed.compareTo(timeout) > 0) {
                timeout = needed;
            }
        }
        return timeout;
    }

    private Map<String, String> processEnvironment() {
        Map<String, String> processEnvironment = new HashMap<>(environment);
        processEnvironment.putAll(CLI_ENVIRONMENT);
        return processEnvironment;
    }

    private EnvironmentException startFailure(String commandLine, IOException e, SecretMasker commandMasker) {
        String reason = commandMasker.mask(String.valueOf(e.getMessage()));
        if (reason.contains("error=2") || reason.contains("No such file") || reason.contains("error=13")) {
            return new EnvironmentException("The Salesforce CLI executable `" + options.executable()
                    + "` was not found or cannot be run (exit code 127, " + reason + "), so `" + commandLine
                    + "` did not start. Install it (npm install --global @salesforce/cli) or set "
                    + SfCliOptions.EXECUTABLE_PROPERTY + " to the path of the sf executable.");
        }
        return new EnvironmentException("`" + commandLine + "` could not be run: " + reason);
    }

    private static String stderrSuffix(String stderrTail) {
        return stderrTail.isBlank() ? "" : System.lineSeparator() + "stderr: " + stderrTail.strip();
    }

    private static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - STDERR_TAIL_LINES), lines.size()));
        return tail.length() <= STDERR_TAIL_CHARS ? tail : tail.substring(tail.length() - STDERR_TAIL_CHARS);
    }
}
