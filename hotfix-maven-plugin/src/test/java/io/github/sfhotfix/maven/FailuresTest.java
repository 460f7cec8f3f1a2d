package io.github.sfhotfix.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void rejectedInputIsBuildFailure() {
        RejectedInputException rejected = new RejectedInputException("No production tag: fix it.");

        assertThatThrownBy(() -> Failures.rethrow(rejected))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("No production tag: fix it.")
                .hasCause(rejected);
    }

    @Test
    void brokenEnvironmentIsBuildError() {
        EnvironmentException broken = new EnvironmentException("Not a git repository: /tmp.");

        assertThatThrownBy(() -> Failures.rethrow(broken))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Not a git repository: /tmp.")
                .hasCause(broken);
    }

    @Test
    void mappingKeepsMessage() {

        Exception mapped = Failures.toMaven(new RejectedInputException("Branch 'x' is invalid."));

        assertThat(mapped).hasMessage("Branch 'x' is invalid.");
    }
}
