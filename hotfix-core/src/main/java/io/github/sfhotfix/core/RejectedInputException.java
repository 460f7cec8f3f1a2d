package io.github.sfhotfix.core;

/**
 * The user's branch, configuration or parameters are not acceptable. The message names the offending value and the
 * fix. Nothing was written when this is thrown.
 */
public class RejectedInputException extends HotfixException {

    private static final long serialVersionUID = 1L;

    public RejectedInputException(String message) {
        super(message);
    }

    public RejectedInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
