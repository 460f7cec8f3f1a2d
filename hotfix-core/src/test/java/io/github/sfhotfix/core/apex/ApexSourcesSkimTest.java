package io.github.sfhotfix.core.apex;

import static io.github.sfhotfix.core.testing.TestRepository.CLASSES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfhotfix.core.testing.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApexSourcesSkimTest {

    @TempDir
    Path folder;

    private TestRepository repository() throws Exception {
        TestRepository repository = TestRepository.create(folder.resolve("repo"));
        repository.writeClass("Service", "public class Service { Helper h; }");
        repository.writeClass("Helper", "public class Helper { Integer n; }");
        repository.writeClass("ServiceTest", "@IsTest class ServiceTest { @IsTest static void t() { Service s; } }");
        repository.write("force-app/main/default/triggers/OrderTrigger.trigger",
                "trigger OrderTrigger on Order (before insert) { Helper.run(); }");
        repository.commit("Release");
        return repository;
    }

    @Test
    void nonTestClassesAreSkimmedUnlessListed() throws Exception {
        try (TestRepository repository = repository()) {

            ApexIndex index = ApexSources.fromCommit(repository.git().getRepository(), repository.head(),
                    List.of("force-app"), folder.resolve("cache"), Set.of(CLASSES + "Service.cls"));

            assertThat(index.classNamed("Helper").orElseThrow().referencesRead()).isFalse();
            assertThat(index.classNamed("Service").orElseThrow().referencesRead()).isTrue();
            assertThat(index.classNamed("Service").orElseThrow().references("helper")).isTrue();
            assertThat(index.classNamed("ServiceTest").orElseThrow().test()).isTrue();
            assertThat(index.triggerNamed("OrderTrigger").orElseThrow().references("helper")).isTrue();
        }
    }

    @Test
    void skimmedCacheEntryIsReadWhenNeeded() throws Exception {
        try (TestRepository repository = repository()) {
            Path cache = folder.resolve("cache");
            ApexSources.fromCommit(repository.git().getRepository(), repository.head(), List.of("force-app"), cache,
                    Set.of());

            ApexIndex full = ApexSources.fromCommit(repository.git().getRepository(), repository.head(),
                    List.of("force-app"), cache, null);

            assertThat(full.classNamed("Service").orElseThrow().referencesRead()).isTrue();
            assertThat(full.classNamed("Service").orElseThrow().references("helper")).isTrue();
        }
    }

    @Test
    void testMarkersAreFoundIgnoringCase() {

        assertThat(ApexSources.mentionsTest("@isTEST class X {}".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(ApexSources.mentionsTest("static TestMethod void t()".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(ApexSources.mentionsTest("public class Tester {}".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}
