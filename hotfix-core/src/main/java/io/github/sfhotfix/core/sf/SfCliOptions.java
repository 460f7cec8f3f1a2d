package io.github.sfhotfix.core.sf;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings for running the Salesforce CLI.
 *
 * @param executable the {@code sf} program: a name looked up on the PATH or a path (default {@code sf}, key
 *     {@code hotfix.sf.executable})
 * @param timeout the longest one {@code sf} call may run before it is killed (default 60 minutes); a call that waits
 *     for a deploy gets at least its wait time plus {@link #WAIT_MARGIN}
 * @param authUrlVariable the environment variable that may hold an SFDX auth URL (default {@code SFDX_AUTH_URL})
 */
public record SfCliOptions(String executable, Duration timeout, String authUrlVariable) {

    /** Extra time given to a call beyond its {@code --wait} minutes, for start-up and the final request. */
    public static final Duration WAIT_MARGIN = Duration.ofMinutes(5);

    /** The property that names the executable, quoted in messages when the executable is not found. */
    public static final String EXECUTABLE_PROPERTY = "hotfix.sf.executable";

    public SfCliOptions {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(authUrlVariable, "authUrlVariable");
        if (executable.isBlank()) {
            throw new IllegalArgumentException("The sf executable is blank: set " + EXECUTABLE_PROPERTY
                    + " to a program name or path, or leave it unset for sf on the PATH");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The sf timeout must be positive, got " + timeout);
        }
    }

    /** Returns the defaults: {@code sf} on the PATH, 60 minutes, {@code SFDX_AUTH_URL}. */
    public static SfCliOptions defaults() {
        return new SfCliOptions("sf", Duration.ofMinutes(60), "SFDX_AUTH_URL");
    }

    public SfCliOptions withExecutable(String newExecutable) {
        return new SfCliOptions(newExecutable, timeout, authUrlVariable);
    }

    public SfCliOptions withTimeout(Duration newTimeout) {
        return new SfCliOptions(executable, newTimeout, authUrlVariable);
    }

    public SfCliOptions withAuthUrlVariable(String newVariable) {
        return new SfCliOptions(executable, timeout, newVariable);
    }
}
