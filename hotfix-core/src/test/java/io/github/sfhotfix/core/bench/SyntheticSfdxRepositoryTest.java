package io.github.sfhotfix.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.apex.AffectedTestSelector;
import io.github.sfhotfix.core.apex.ApexIndex;
import io.github.sfhotfix.core.apex.ApexSources;
import io.github.sfhotfix.core.apex.TestSelection;
import io.github.sfhotfix.core.apex.TestSelectionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSfdxRepositoryTest {

    private static final SyntheticSfdxRepository.Sizes SMALL =
            new SyntheticSfdxRepository.Sizes(40, 15, 3, 60_000, 40, 7L, true);

    @TempDir
    static Path temp;

    private static SyntheticSfdxRepository.Generated generated;
    private static Git git;

    @BeforeAll
    static void generate() throws Exception {
        generated = SyntheticSfdxRepository.generate(temp.resolve("repo"), SMALL);
        git = Git.open(generated.workTree().toFile());
    }

    @AfterAll
    static void close() {
        git.close();
    }

    private static Repository repository() {
        return git.getRepository();
    }

    private static RevCommit commitAt(String revision) throws Exception {
        try (RevWalk walk = new RevWalk(repository())) {
            return walk.parseCommit(repository().resolve(revision));
        }
    }

    @Test
    void developHasRequestedCommits() throws Exception {
        int count = 0;
        for (RevCommit ignored : git.log().add(repository().resolve("develop")).call()) {
            count++;
        }

        assertThat(count).isEqualTo(40);
    }

    @Test
    void mainIsAtProductionTag() throws Exception {
        RevCommit tagged = commitAt("v1.0.0^{commit}");

        assertThat(generated.productionTag()).isEqualTo("v1.0.0");
        assertThat(commitAt("main")).isEqualTo(tagged);
        assertThat(repository().exactRef("refs/tags/v1.0.0").getObjectId()).isNotEqualTo(tagged.getId());
    }

    @Test
    void hotfixCommitCarriesTrailers() throws Exception {
        RevCommit hotfix = commitAt("refs/heads/hotfix/bench-fix");

        assertThat(hotfix.getShortMessage()).isEqualTo("hotfix: bench fix");
        assertThat(hotfix.getFullMessage()).contains("\nSeverity: Critical\n");
        assertThat(hotfix.getFullMessage()).contains("\nIssue: #1\n");
        assertThat(hotfix.getParent(0)).isEqualTo(commitAt("v1.0.0^{commit}"));
    }

    @Test
    void hotfixChangesOneClass() throws Exception {
        try (RevWalk walk = new RevWalk(repository()); TreeWalk treeWalk = new TreeWalk(repository())) {
            treeWalk.addTree(walk.parseCommit(repository().resolve("v1.0.0^{commit}")).getTree());
            treeWalk.addTree(walk.parseCommit(repository().resolve("hotfix/bench-fix")).getTree());
            treeWalk.setRecursive(true);

            List<DiffEntry> entries = DiffEntry.scan(treeWalk);

            assertThat(entries).extracting(DiffEntry::getNewPath).containsExactly(generated.changedPath());
        }
    }

    @Test
    void hotfixBranchCheckedOut() throws Exception {
        assertThat(repository().getFullBranch()).isEqualTo("refs/heads/hotfix/bench-fix");
        assertThat(generated.workTree().resolve("sfdx-project.json")).exists();
        assertThat(generated.workTree().resolve(generated.changedPath())).exists();
    }

    @Test
    void everyApexFileAnalyses() throws Exception {
        ObjectId hotfix = repository().resolve("hotfix/bench-fix");

        ApexIndex index = ApexSources.fromCommit(repository(), hotfix, SyntheticSfdxRepository.PACKAGE_DIRECTORIES,
                temp.resolve("cache"));

        assertThat(index.problems()).isEmpty();
        assertThat(index.files()).hasSize(43);
        assertThat(index.files()).filteredOn(facts -> facts.test()).hasSize(15);
    }

    @Test
    void hotfixSelectsConventionTest() throws Exception {
        ObjectId hotfix = repository().resolve("hotfix/bench-fix");
        ApexIndex index = ApexSources.fromCommit(repository(), hotfix, SyntheticSfdxRepository.PACKAGE_DIRECTORIES,
                temp.resolve("cache"));

        TestSelection selection = new AffectedTestSelector(TestSelectionOptions.defaults()).select(index,
                List.of(generated.changedPath()), List.of());

        assertThat(selection.testNames()).containsExactly("AccountService0_Test");
        assertThat(selection.untested()).isEmpty();
    }

    @Test
    void nonEmptyDirectoryRejected() throws Exception {
        Path occupied = Files.createDirectories(temp.resolve("occupied"));
        Files.writeString(occupied.resolve("keep.txt"), "keep");

        assertThatThrownBy(() -> SyntheticSfdxRepository.generate(occupied, SMALL))
                .hasMessageContaining("is not empty");
        assertThat(occupied.resolve("keep.txt")).exists();
    }
}
