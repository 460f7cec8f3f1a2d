package io.github.sfhotfix.core;

/**
 * Base of the two failures the core reports. Callers map {@link RejectedInputException} to "the user must change
 * something" and {@link EnvironmentException} to "the tooling or machine is broken".
 */
public abstract class HotfixException extends Exception {

    private static final long serialVersionUID = 1L;

    protected HotfixException(String message) {
        super(message);
    }

    protected HotfixException(String message, Throwable cause) {
        super(message, cause);
    }
}
