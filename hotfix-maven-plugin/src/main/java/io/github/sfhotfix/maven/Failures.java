package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.HotfixException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps core failures to Maven's two outcomes: rejected input is a BUILD FAILURE, a broken environment a BUILD ERROR.
 */
final class Failures {

    private Failures() {
    }

    /** Returns the Maven exception for a core failure, keeping its message and cause. */
    static Exception toMaven(HotfixException failure) {
        if (failure instanceof EnvironmentException) {
            return new MojoExecutionException(failure.getMessage(), failure);
        }
        return new MojoFailureException(failure.getMessage(), failure);
    }

    /** Throws the Maven exception for a core failure. */
    static void rethrow(HotfixException failure) throws MojoExecutionException, MojoFailureException {
        Exception mapped = toMaven(failure);
        if (mapped instanceof MojoExecutionException) {
            throw (MojoExecutionException) mapped;
        }
        throw (MojoFailureException) mapped;
    }
}
