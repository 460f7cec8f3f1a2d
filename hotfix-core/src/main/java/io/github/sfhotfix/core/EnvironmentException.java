package io.github.sfhotfix.core;

/**
 * The environment broke: git repository unreadable, an external program missing or failing, an I/O error. The
 * message names what failed and what to check.
 */
public class EnvironmentException extends HotfixException {

    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message) {
        super(message);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
