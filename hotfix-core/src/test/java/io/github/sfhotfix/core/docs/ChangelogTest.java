package io.github.sfhotfix.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 4);
    private static final List<String> FIXES = List.of("hotfix: guard null payment configuration",
            "hotfix: add regression test for payment configuration");

    @TempDir
    Path temp;

    @Test
    void missingFileIsCreatedWithHeader() throws Exception {
        Path file = temp.resolve("CHANGELOG.md");

        boolean added = Changelog.addTo(file, ChangelogEntry.of("v1.2.4", DATE, FIXES));

        assertThat(added).isTrue();
        assertThat(Files.readString(file)).isEqualTo(Resources.read("CHANGELOG-new-expected.md"));
    }

    @Test
    void entryGoesBelowUnreleasedAboveOlder() throws Exception {
        Path file = temp.resolve("CHANGELOG.md");
        Files.writeString(file, Resources.read("CHANGELOG-existing.md"));

        Changelog.addTo(file, ChangelogEntry.of("1.2.4", DATE, FIXES));

        assertThat(Files.readString(file)).isEqualTo(Resources.read("CHANGELOG-existing-expected.md"));
    }

    @Test
    void secondRunAddsNothing() throws Exception {
        Path file = temp.resolve("CHANGELOG.md");
        Files.writeString(file, Resources.read("CHANGELOG-existing.md"));
        Changelog.addTo(file, ChangelogEntry.of("1.2.4", DATE, FIXES));

        boolean added = Changelog.addTo(file, ChangelogEntry.of("1.2.4", DATE.plusDays(1), FIXES));

        assertThat(added).isFalse();
        assertThat(Files.readString(file)).isEqualTo(Resources.read("CHANGELOG-existing-expected.md"));
    }

    @Test
    void entryGoesAboveFirstVersionWithoutUnreleased() throws RejectedInputException {
        String text = "# Changelog\n\n## [1.2.3] - 2026-11-20\n\n### Fixed\n\n- Old fix\n";

        Optional<String> updated = Changelog.insert(text, ChangelogEntry.of("1.2.4", DATE, List.of("New fix")));

        assertThat(updated.orElseThrow()).startsWith("# Changelog\n\n## [1.2.4] - 2026-12-04\n\n### Fixed\n\n- New fix\n");
        assertThat(updated.orElseThrow()).endsWith("\n\n## [1.2.3] - 2026-11-20\n\n### Fixed\n\n- Old fix\n");
    }

    @Test
    void headerOnlyFileGetsEntryAppended() throws RejectedInputException {
        String text = "# Changelog\n";

        Optional<String> updated = Changelog.insert(text, ChangelogEntry.of("1.2.4", DATE, List.of("New fix")));

        assertThat(updated.orElseThrow()).startsWith("# Changelog\n\n## [1.2.4] - 2026-12-04\n");
    }

    @Test
    void crlfFileKeepsLineEndings() throws RejectedInputException {
        String text = "# Changelog\r\n\r\n## [1.2.3] - 2026-11-20\r\n";

        String updated = Changelog.insert(text, ChangelogEntry.of("1.2.4", DATE, List.of("New fix"))).orElseThrow();

        assertThat(updated.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void versionDetectionIgnoresPrefixesAndSimilarVersions() {
        assertThat(Changelog.containsVersion("## [v1.2.4] - 2026-12-04\n", "1.2.4")).isTrue();
        assertThat(Changelog.containsVersion("## 1.2.4\n", "1.2.4")).isTrue();
        assertThat(Changelog.containsVersion("## [1.2.40] - 2026-12-04\n", "1.2.4")).isFalse();
        assertThat(Changelog.containsVersion("- see 1.2.4\n", "1.2.4")).isFalse();
    }

    @Test
    void invalidVersionIsRejected() {
        assertThatThrownBy(() -> ChangelogEntry.of("latest", DATE, FIXES))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Invalid changelog version 'latest'. Pass a version such as 1.2.4 or v1.2.4.");
    }

    @Test
    void entryWithoutFixesIsRejected() {
        assertThatThrownBy(() -> ChangelogEntry.of("1.2.4", DATE, List.of()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("No fixes for the changelog entry of 1.2.4.");
    }
}
