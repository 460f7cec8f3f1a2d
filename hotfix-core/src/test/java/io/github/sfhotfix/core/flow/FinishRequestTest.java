package io.github.sfhotfix.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FinishRequestTest {

    private static final Path DIRECTORY = Path.of("repo");

    @Test
    void resumeCommandWithoutSettingsIsPlain() {
        FinishRequest request = FinishRequest.builder(DIRECTORY).build();

        assertThat(request.resumeCommand()).isEqualTo("mvn hotfix:finish");
    }

    @Test
    void resumeCommandSortsOverridesByKey() {
        FinishRequest request = FinishRequest.builder(DIRECTORY).override("remote", "upstream")
                .override("finish.changelog", "false").build();

        assertThat(request.resumeCommand())
                .isEqualTo("mvn hotfix:finish -Dhotfix.finish.changelog=false -Dhotfix.remote=upstream");
    }

    @Test
    void resumeCommandQuotesShellCharacters() {
        FinishRequest request = FinishRequest.builder(DIRECTORY).severity("it's bad").build();

        assertThat(request.resumeCommand()).isEqualTo("mvn hotfix:finish '-Dhotfix.severity=it'\\''s bad'");
    }

    @Test
    void resumeCommandNamesPolicyFile() {
        FinishRequest request = FinishRequest.builder(DIRECTORY).policyFile(Path.of("ops/hotfix.yaml")).build();

        assertThat(request.resumeCommand()).isEqualTo("mvn hotfix:finish -Dhotfix.policy=ops/hotfix.yaml");
    }
}
