package io.github.sfhotfix.core.apex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApexSourcesTest {

    private static final List<String> PACKAGES = List.of("force-app", "sfdx-source/common");

    @TempDir
    Path temp;

    private Path work;
    private Path cache;
    private Git git;

    @BeforeEach
    void createRepository() throws GitAPIException {
        work = temp.resolve("project");
        cache = temp.resolve("target/hotfix/apex-cache");
        git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    private void write(String path, String content) throws IOException {
        Path file = work.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("Dev", "dev@example.com")
                .setCommitter("Dev", "dev@example.com").call();
    }

    private RevCommit commitProject() throws IOException, GitAPIException {
        write("force-app/main/default/classes/AccountService.cls", "public class AccountService { }");
        write("force-app/main/default/classes/AccountService.cls-meta.xml", "<ApexClass/>");
        write("force-app/main/default/classes/AccountServiceTest.cls",
                "@IsTest class AccountServiceTest { @IsTest static void runs() { new AccountService(); } }");
        write("force-app/main/default/triggers/AccountTrigger.trigger",
                "trigger AccountTrigger on Account (before insert) { Util.run(); }");
        write("sfdx-source/common/classes/Util.cls", "public class Util { public static void run() { } }");
        write("scripts/apex/Setup.cls", "public class Setup { }");
        return commit("Add project");
    }

    private ApexIndex index(ObjectId commit) throws Exception {
        return ApexSources.fromCommit(git.getRepository(), commit, PACKAGES, cache);
    }

    @Test
    void indexCoversSeveralPackageDirectories() throws Exception {
        RevCommit commit = commitProject();

        ApexIndex index = index(commit);

        assertThat(index.files()).extracting(ApexFileFacts::path).containsExactly(
                "force-app/main/default/classes/AccountService.cls",
                "force-app/main/default/classes/AccountServiceTest.cls",
                "force-app/main/default/triggers/AccountTrigger.trigger",
                "sfdx-source/common/classes/Util.cls");
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void indexReadsCommitNotWorkTree() throws Exception {
        RevCommit commit = commitProject();
        write("force-app/main/default/classes/Uncommitted.cls", "public class Uncommitted { }");

        ApexIndex index = index(commit);

        assertThat(index.classNamed("Uncommitted")).isEmpty();
    }

    @Test
    void unlexableFileReportedAndRestAnalysed() throws Exception {
        commitProject();
        write("force-app/main/default/classes/Broken.cls", "public class Broken { /* never closed");
        Files.write(work.resolve("force-app/main/default/classes/Logo.cls"), new byte[] {(byte) 0x89, 'P', 0, 1});
        RevCommit commit = commit("Add broken files");

        ApexIndex index = index(commit);

        assertThat(index.problems()).extracting(ApexProblem::path).containsExactly(
                "force-app/main/default/classes/Broken.cls", "force-app/main/default/classes/Logo.cls");
        assertThat(index.files()).hasSize(4);
    }

    @Test
    void secondRunReadsOnlyCache() throws Exception {
        RevCommit commit = commitProject();

        ApexIndex first = index(commit);
        ApexIndex second = index(commit);

        assertThat(first.analysedFiles()).isEqualTo(4);
        assertThat(second.analysedFiles()).isZero();
        assertThat(second.cachedFiles()).isEqualTo(4);
        assertThat(second.files()).isEqualTo(first.files());
    }

    @Test
    void cachedProblemStaysProblem() throws Exception {
        commitProject();
        write("force-app/main/default/classes/Broken.cls", "public class Broken {");
        RevCommit commit = commit("Add broken file");

        index(commit);
        ApexIndex second = index(commit);

        assertThat(second.analysedFiles()).isZero();
        assertThat(second.problems()).extracting(ApexProblem::path)
                .containsExactly("force-app/main/default/classes/Broken.cls");
    }

    @Test
    void newCommitAnalysesOnlyChangedFile() throws Exception {
        RevCommit first = commitProject();
        index(first);
        write("force-app/main/default/classes/AccountService.cls", "public class AccountService { Util u; }");
        write("force-app/main/default/classes/Copy.cls", "public class Copy { }");
        write("force-app/main/default/classes/Renamed.cls", "public class Renamed { }");
        RevCommit second = commit("Change one class and add two");

        ApexIndex index = index(second);

        assertThat(index.analysedFiles()).isEqualTo(3);
        assertThat(index.cachedFiles()).isEqualTo(3);
        assertThat(index.classNamed("AccountService").orElseThrow().references()).contains("util");
    }

    @Test
    void sameContentAtTwoPathsKeepsEachName() throws Exception {
        commitProject();
        write("force-app/main/default/classes/First.cls", "public class Shared { }");
        write("force-app/main/default/classes/Second.cls", "public class Shared { }");
        RevCommit commit = commit("Add two files with the same content");

        index(commit);
        ApexIndex cached = index(commit);

        assertThat(cached.classNamed("First")).isPresent();
        assertThat(cached.classNamed("Second")).isPresent();
    }

    @Test
    void corruptCacheIgnoredAndRewritten() throws Exception {
        RevCommit commit = commitProject();
        Files.createDirectories(cache);
        Files.write(cache.resolve(ApexFactsCache.FILE_NAME), "not a cache".getBytes(StandardCharsets.UTF_8));

        ApexIndex first = index(commit);
        ApexIndex second = index(commit);

        assertThat(first.analysedFiles()).isEqualTo(4);
        assertThat(second.cachedFiles()).isEqualTo(4);
    }

    @Test
    void truncatedCacheIgnored() throws Exception {
        RevCommit commit = commitProject();
        index(commit);
        Path file = cache.resolve(ApexFactsCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        ApexIndex index = index(commit);

        assertThat(index.analysedFiles()).isEqualTo(4);
    }

    @Test
    void flippedByteInCacheIgnored() throws Exception {
        RevCommit commit = commitProject();
        index(commit);
        Path file = cache.resolve(ApexFactsCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);

        ApexIndex index = index(commit);

        assertThat(index.analysedFiles()).isEqualTo(4);
    }

    @Test
    void oldFormatCacheIgnored() throws Exception {
        RevCommit commit = commitProject();
        index(commit);
        Path file = cache.resolve(ApexFactsCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(4, 0);
        Files.write(file, bytes);

        ApexIndex index = index(commit);

        assertThat(index.analysedFiles()).isEqualTo(4);
    }

    @Test
    void concurrentRunsLeaveValidCache() throws Exception {
        RevCommit commit = commitProject();
        Callable<ApexIndex> run = () -> index(commit);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApexIndex>> runs = executor.invokeAll(List.of(run, run, run, run));
            for (Future<ApexIndex> future : runs) {
                assertThat(future.get().files()).hasSize(4);
            }
        } finally {
            executor.shutdownNow();
        }

        ApexIndex after = index(commit);

        assertThat(after.analysedFiles()).isZero();
        try (var leftovers = Files.list(cache)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactly(ApexFactsCache.FILE_NAME);
        }
    }

    @Test
    void unwritableCacheStillIndexes() throws Exception {
        RevCommit commit = commitProject();
        Path notADirectory = temp.resolve("cache-file");
        Files.writeString(notADirectory, "a file where the cache directory should be");

        ApexIndex first = ApexSources.fromCommit(git.getRepository(), commit, PACKAGES, notADirectory);
        ApexIndex second = ApexSources.fromCommit(git.getRepository(), commit, PACKAGES, notADirectory);

        assertThat(first.files()).hasSize(4);
        assertThat(second.analysedFiles()).isEqualTo(4);
        assertThat(Files.readString(notADirectory)).isEqualTo("a file where the cache directory should be");
    }

    @Test
    void missingPackageDirectoryRejected() throws Exception {
        RevCommit commit = commitProject();

        assertThatThrownBy(() -> ApexSources.fromCommit(git.getRepository(), commit, List.of("force-ap"), cache))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("'force-ap'")
                .hasMessageContaining("sfdx-project.json");
    }

    @Test
    void escapingPackageDirectoryRejected() throws Exception {
        RevCommit commit = commitProject();

        for (String packageDir : List.of("../other", "/abs/path", "force-app/../..", "", ".")) {
            assertThatThrownBy(() -> ApexSources.fromCommit(git.getRepository(), commit, List.of(packageDir),
                    cache)).as(packageDir).isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("'" + packageDir + "'");
        }
        assertThat(cache).doesNotExist();
    }

    @Test
    void packageDirectoryWithDotSlashAccepted() throws Exception {
        RevCommit commit = commitProject();

        ApexIndex index = ApexSources.fromCommit(git.getRepository(), commit, List.of("./sfdx-source/common/"),
                cache);

        assertThat(index.files()).extracting(ApexFileFacts::name).containsExactly("Util");
    }

    @Test
    void selectionOnRepositoryCommit() throws Exception {
        commitProject();
        write("sfdx-source/common/classes/Util.cls", "public class Util { public static void run() { } // fix\n}");
        git.rm().addFilepattern("scripts/apex/Setup.cls").call();
        RevCommit fix = commit("hotfix: fix Util");
        ApexIndex index = index(fix);

        TestSelection selection = new AffectedTestSelector(TestSelectionOptions.defaults()).select(index,
                List.of("sfdx-source/common/classes/Util.cls"), List.of("scripts/apex/Setup.cls"));

        assertThat(selection.tests()).isEmpty();
        assertThat(selection.untested()).containsExactly("Util");
        assertThat(selection.deleted()).containsExactly("Setup");
    }
}
