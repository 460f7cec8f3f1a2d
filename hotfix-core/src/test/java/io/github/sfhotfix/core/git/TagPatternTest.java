package io.github.sfhotfix.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TagPatternTest {

    @Test
    void semanticVersionMatches() {
        TagPattern pattern = new TagPattern("v{version}");

        assertThat(pattern.versionOf("v1.2.3")).contains(Version.parse("1.2.3"));
        assertThat(pattern.versionOf("v1.3.0-rc1")).isEmpty();
        assertThat(pattern.versionOf("1.2.3")).isEmpty();
        assertThat(pattern.versionOf("v1")).isEmpty();
    }

    @Test
    void prefixWithSlashAndTwoParts() {
        TagPattern pattern = new TagPattern("rel/{version}");

        assertThat(pattern.versionOf("rel/3.236")).contains(Version.parse("3.236"));
        assertThat(pattern.tagName(Version.parse("3.236").withPatch())).isEqualTo("rel/3.236.1");
    }

    @Test
    void versionsCompareNumerically() {

        assertThat(Version.parse("1.10.0")).isGreaterThan(Version.parse("1.9.9"));
        assertThat(Version.parse("3.236")).isGreaterThan(Version.parse("3.99"));
        assertThat(Version.parse("1.2.3").nextPatch()).hasToString("1.2.4");
    }

    @Test
    void patternWithoutPlaceholderIsRejected() {

        assertThatThrownBy(() -> new TagPattern("release")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{version}");
    }
}
