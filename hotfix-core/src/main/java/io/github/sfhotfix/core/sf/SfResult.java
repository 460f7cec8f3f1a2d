package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.EnvironmentException;
import java.util.Optional;

/**
 * The outcome of one {@code sf} call: its exit code, the parsed JSON envelope when the output held one, and the masked
 * command line and stderr tail for messages.
 *
 * @param exitCode the process exit code
 * @param envelope the parsed {@code --json} output, or {@code null} when there was none
 * @param stdout the standard output, unmasked, for commands that print something other than an envelope
 * @param commandLine the command line with secrets masked
 * @param stderrTail the last lines of standard error with secrets masked
 */
public record SfResult(int exitCode, SfEnvelope envelope, String stdout, String commandLine, String stderrTail) {

    public SfExitCode exit() {
        return SfExitCode.of(exitCode);
    }

    public Optional<SfEnvelope> json() {
        return Optional.ofNullable(envelope);
    }

    /** Returns whether the error envelope has the given name, such as {@code FailedValidationError}. */
    public boolean isError(String errorName) {
        return envelope != null && envelope.isNamed(errorName);
    }

    /**
     * Returns a message that names the command, the exit code and its meaning, the CLI's error name and message when
     * it printed one, and the tail of stderr. Secrets are masked.
     */
    public String describeFailure() {
        StringBuilder text = new StringBuilder();
        text.append('`').append(commandLine).append("` failed with exit code ").append(exitCode)
                .append(": ").append(exit().meaning()).append('.');
        if (envelope != null && envelope.name() != null) {
            text.append(" The CLI reported ").append(envelope.name());
            if (envelope.message() != null && !envelope.message().isBlank()) {
                text.append(": ").append(envelope.message().strip());
            }
            text.append('.');
            for (String action : envelope.actions()) {
                text.append(" ").append(action.strip());
            }
        }
        if (stderrTail != null && !stderrTail.isBlank()) {
            text.append(System.lineSeparator()).append("stderr: ").append(stderrTail.strip());
        }
        return text.toString();
    }

    /** Returns an {@link EnvironmentException} whose message starts with the given context and describes this failure. */
    public EnvironmentException environmentFailure(String context) {
        return new EnvironmentException(context + ": " + describeFailure());
    }
}
