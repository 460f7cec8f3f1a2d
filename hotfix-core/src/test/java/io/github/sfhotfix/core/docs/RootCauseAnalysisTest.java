package io.github.sfhotfix.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCauseAnalysisTest {

    private static final String COMMIT = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

    @TempDir
    Path temp;

    @Test
    void documentMatchesExpectedText() throws Exception {
        RootCauseAnalysis rca = rca();

        Optional<Path> file = rca.writeUnder(temp);

        assertThat(file).contains(temp.resolve("docs/rca/INC-1234.md"));
        assertThat(Files.readString(file.orElseThrow())).isEqualTo(Resources.read("rca-INC-1234.md"));
    }

    @Test
    void existingDocumentIsKept() throws Exception {
        Path file = temp.resolve("docs/rca/INC-1234.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "edited by the team\n");

        Optional<Path> written = rca().writeUnder(temp);

        assertThat(written).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("edited by the team\n");
    }

    @Test
    void emptyTimelineHasPlaceholder() {
        RootCauseAnalysis rca = new RootCauseAnalysis("INC-9", "", List.of());

        String text = rca.render();

        assertThat(text).contains("## Summary\n\n_To be filled in._\n\n## Timeline\n\n_To be filled in._\n\n");
    }

    @Test
    void slashInIncidentIsRejected() {
        RootCauseAnalysis rca = new RootCauseAnalysis("INC/9", "", List.of());

        assertThatThrownBy(() -> rca.writeUnder(temp))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("Invalid incident name 'INC/9'");
        assertThat(temp.resolve("docs")).doesNotExist();
    }

    private static RootCauseAnalysis rca() {
        return new RootCauseAnalysis("INC-1234",
                "Payments failed for all users because the processor configuration was null after the release"
                        + " of 1.2.3.",
                List.of(
                        TimelineEvent.tagged("v1.2.4", Instant.parse("2026-12-04T11:05:00Z")),
                        TimelineEvent.deployed("0Af5g00000ABCDE", Instant.parse("2026-12-04T10:41:30Z")),
                        TimelineEvent.branchCreated("hotfix/fix-payment-processor",
                                Instant.parse("2026-12-04T10:02:00Z")),
                        TimelineEvent.approval("lead@example.com", COMMIT, Instant.parse("2026-12-04T10:31:00Z")),
                        TimelineEvent.firstCommit(COMMIT, "hotfix: guard null payment configuration",
                                Instant.parse("2026-12-04T10:15:00Z"))));
    }
}
