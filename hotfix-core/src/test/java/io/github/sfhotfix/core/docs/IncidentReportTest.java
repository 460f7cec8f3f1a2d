package io.github.sfhotfix.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentReportTest {

    @TempDir
    Path temp;

    @Test
    void reportMatchesExpectedDocument() throws Exception {
        IncidentReport report = report("INC-1234");

        Path file = report.writeTo(temp.resolve("reports"));

        assertThat(file.getFileName().toString()).isEqualTo("incident-INC-1234.md");
        assertThat(Files.readString(file)).isEqualTo(Resources.read("incident-INC-1234.md"));
    }

    @Test
    void checklistTicksOnlyMetFacts() {
        IncidentReport report = new IncidentReport("INC-7", "hotfix/x", "0Af", "ci", Instant.EPOCH, Instant.EPOCH,
                "main", "develop", new PostDeploymentChecklist(false, false, true, false, true));

        String text = report.render();

        assertThat(text).contains("- [ ] Hotfix merged to `main`\n");
        assertThat(text).contains("- [x] Full regression passed\n");
        assertThat(text).contains("- [x] Root-cause analysis done\n");
    }

    @Test
    void pathLikeIncidentIdIsRejected() {
        IncidentReport report = report("../escape");

        assertThatThrownBy(() -> report.writeTo(temp))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("Invalid incident id '../escape': it names a file");
        assertThat(temp.resolve("..").resolve("incident-..").toFile()).doesNotExist();
    }

    private static IncidentReport report(String id) {
        return new IncidentReport(id, "hotfix/fix-payment-processor", "0Af5g00000ABCDE", "Jane Doe | on call",
                Instant.parse("2026-12-04T10:02:11Z"), Instant.parse("2026-12-04T10:41:59Z"), "main", "develop",
                new PostDeploymentChecklist(true, true, false, false, false));
    }
}
