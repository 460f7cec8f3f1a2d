package io.github.sfhotfix.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixCommitsTest {

    @TempDir
    Path temp;

    private Git git;

    @BeforeEach
    void createRepository() throws Exception {
        git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    @Test
    void commitsAfterTagExcludeMerges() throws Exception {
        commit("a.txt", "Release work");
        git.tag().setName("v1.2.3").setAnnotated(true).setMessage("1.2.3").call();
        git.checkout().setCreateBranch(true).setName("hotfix/fix-payment").call();
        commit("b.txt", "hotfix: guard null payment configuration");
        git.checkout().setName("main").call();
        commit("c.txt", "Unrelated main work");
        git.checkout().setName("hotfix/fix-payment").call();
        git.merge().include(git.getRepository().resolve("main")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setMessage("Merge main").call();
        RevCommit last = commit("d.txt", "hotfix: add regression test");

        List<RevCommit> commits = HotfixCommits.between(git.getRepository(), "v1.2.3", last);

        assertThat(commits).extracting(RevCommit::getShortMessage).containsExactlyInAnyOrder(
                "hotfix: guard null payment configuration", "Unrelated main work", "hotfix: add regression test");
        assertThat(commits.get(commits.size() - 1)).isEqualTo(last);
    }

    @Test
    void commitAtTagGivesNoCommits() throws Exception {
        RevCommit tagged = commit("a.txt", "Release work");
        git.tag().setName("v1.2.3").call();

        List<RevCommit> commits = HotfixCommits.between(git.getRepository(), "refs/tags/v1.2.3", tagged);

        assertThat(commits).isEmpty();
    }

    @Test
    void missingTagIsRejected() throws Exception {
        RevCommit head = commit("a.txt", "Release work");

        assertThatThrownBy(() -> HotfixCommits.between(git.getRepository(), "v9.9.9", head))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("Tag 'v9.9.9' not found in ")
                .hasMessageContaining("git fetch --tags");
    }

    private RevCommit commit(String file, String message) throws Exception {
        Files.writeString(temp.resolve(file), message + "\n");
        git.add().addFilepattern(file).call();
        return git.commit().setMessage(message).setAuthor("Dev", "dev@example.com").call();
    }
}
