package io.github.sfhotfix.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PolicyPropertiesTest {

    @Test
    void typoIsUnknownWithSuggestion() {
        Properties user = new Properties();
        user.setProperty("hotfix.scope.maxFile", "3");
        user.setProperty("hotfix.scope.maxFiles", "3");
        user.setProperty("hotfix.branch", "hotfix/x");
        user.setProperty("maven.repo.local", "/tmp/repo");

        assertThat(PolicyProperties.unknown(user)).containsExactly("hotfix.scope.maxFile");
        assertThat(PolicyProperties.suggestion("hotfix.scope.maxFile")).isEqualTo(" Did you mean -Dhotfix.scope.maxFiles?");
    }

    @Test
    void farOffNameGetsNoSuggestion() {

        assertThat(PolicyProperties.suggestion("hotfix.somethingElseEntirely"))
                .isEqualTo(" Check the spelling against the README.");
    }

    @Test
    void goalPropertiesMatchPluginDescriptor() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        Matcher expressions = Pattern.compile("\\$\\{(hotfix\\.[A-Za-z.]+)}").matcher(descriptor);
        Set<String> declared = new TreeSet<>();
        while (expressions.find()) {
            declared.add(expressions.group(1));
        }

        assertThat(new TreeSet<>(PolicyProperties.GOAL_PROPERTIES)).isEqualTo(declared);
    }
}
