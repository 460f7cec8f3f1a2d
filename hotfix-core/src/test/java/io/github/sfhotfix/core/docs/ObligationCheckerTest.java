package io.github.sfhotfix.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The tests share one repository, built once; a test that adds commits does so on a branch of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObligationCheckerTest {

    /** Friday; with 2 business days of grace the due date is Tuesday 2026-12-08. */
    private static final Instant TAGGED = Instant.parse("2026-12-04T15:00:00Z");
    private static final Instant WITHIN_GRACE = Instant.parse("2026-12-08T23:00:00Z");
    private static final Instant AFTER_GRACE = Instant.parse("2026-12-09T08:00:00Z");

    @TempDir
    static Path temp;

    private Git git;
    private HotfixTag finished;
    private HotfixTag unfinished;

    @BeforeAll
    void createHistory() throws Exception {
        git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call();
        commit("force-app/PaymentService.cls", "class PaymentService {}", "Initial release");
        git.branchCreate().setName("develop").call();

        git.checkout().setCreateBranch(true).setName("hotfix/fix-payment").call();
        RevCommit firstFix = commit("force-app/PaymentService.cls", "class PaymentService { /* fixed */ }",
                "hotfix: guard null payment configuration");
        mergeInto("main", "hotfix/fix-payment");
        mergeInto("develop", "hotfix/fix-payment");
        Ref firstTag = git.tag().setName("v1.2.4").setObjectId(firstFix).setAnnotated(true).setMessage("1.2.4")
                .call();
        git.notesAdd().setNotesRef(GitNotes.REGRESSION_REF).setObjectId(firstFix)
                .setMessage("{\"passed\": true, \"coverage\": 81}").call();
        git.checkout().setName("main").call();
        commit("docs/rca/INC-77.md", "# RCA\n", "Add RCA of INC-77");
        commit("CHANGELOG.md", "# Changelog\n\n## [1.2.4] - 2026-12-04\n\n### Fixed\n\n- payment\n",
                "Add changelog entry for 1.2.4");
        finished = new HotfixTag("v1.2.4", firstTag.getObjectId(), TAGGED, "INC-77");

        git.checkout().setCreateBranch(true).setName("hotfix/fix-login").call();
        RevCommit secondFix = commit("force-app/LoginService.cls", "class LoginService {}",
                "hotfix: restore login redirect");
        mergeInto("main", "hotfix/fix-login");
        git.tag().setName("v1.2.5").setObjectId(secondFix).call();
        git.notesAdd().setNotesRef(GitNotes.REGRESSION_REF).setObjectId(secondFix)
                .setMessage("{\"passed\": false}").call();
        unfinished = new HotfixTag("v1.2.5", secondFix, TAGGED, "");
    }

    @AfterAll
    void closeRepository() {
        git.close();
    }

    @Test
    void finishedHotfixMeetsEverything() throws Exception {
        ObligationTable table = checker().check(git.getRepository(), List.of(finished), AFTER_GRACE);

        ObligationStatus status = table.rows().get(0);
        assertThat(status.complete()).isTrue();
        assertThat(status.dueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void unfinishedHotfixIsPendingWithinGrace() throws Exception {
        ObligationTable table = checker().check(git.getRepository(), List.of(unfinished), WITHIN_GRACE);

        ObligationStatus status = table.rows().get(0);
        assertThat(status.state(Obligation.MERGED_TO_MAIN)).isEqualTo(ObligationState.MET);
        assertThat(status.state(Obligation.MERGED_TO_DEVELOP)).isEqualTo(ObligationState.PENDING);
        assertThat(status.state(Obligation.REGRESSION_PASSED)).isEqualTo(ObligationState.PENDING);
        assertThat(status.state(Obligation.RCA_DOCUMENT)).isEqualTo(ObligationState.PENDING);
        assertThat(status.state(Obligation.CHANGELOG_ENTRY)).isEqualTo(ObligationState.PENDING);
        assertThat(table.anyOverdue()).isFalse();
    }

    @Test
    void unfinishedHotfixIsOverdueAfterGrace() throws Exception {
        ObligationTable table = checker().check(git.getRepository(), List.of(finished, unfinished), AFTER_GRACE);

        assertThat(table.anyOverdue()).isTrue();
        assertThat(table.cells()).containsExactly(
                List.of("v1.2.4", "2026-12-08", "met", "met", "met", "met", "met"),
                List.of("v1.2.5", "2026-12-08", "met", "overdue", "overdue", "overdue", "overdue"));
    }

    @Test
    void headersNameObligations() throws Exception {
        ObligationTable table = checker().check(git.getRepository(), List.of(), AFTER_GRACE);

        assertThat(table.headers()).containsExactly("tag", "due", "merged to main", "merged to develop",
                "regression passed", "RCA document", "changelog entry");
    }

    @Test
    void rcaNamedAfterTagCounts() throws Exception {
        git.checkout().setCreateBranch(true).setName("main-with-rca").setStartPoint("main").call();
        commit("docs/rca/v1.2.5.md", "# RCA\n", "Add RCA of v1.2.5");
        ObligationChecker checker = new ObligationChecker(
                ObligationOptions.defaults().withBranches("main-with-rca", "develop"));

        ObligationTable table = checker.check(git.getRepository(), List.of(unfinished), AFTER_GRACE);

        assertThat(table.rows().get(0).state(Obligation.RCA_DOCUMENT)).isEqualTo(ObligationState.MET);
    }

    @Test
    void longerGraceKeepsPending() throws Exception {
        ObligationChecker lenient = new ObligationChecker(ObligationOptions.defaults().withGraceBusinessDays(5));

        ObligationTable table = lenient.check(git.getRepository(), List.of(unfinished), AFTER_GRACE);

        assertThat(table.anyOverdue()).isFalse();
    }

    @Test
    void taggedMergeCountsWhenDevelopMergedBranch() throws Exception {
        HotfixTag tag = tagMergeOnMain("fees", true);
        ObligationChecker checker = new ObligationChecker(
                ObligationOptions.defaults().withBranches("main-fees", "develop-fees"));

        ObligationStatus status = checker.check(git.getRepository(), List.of(tag), WITHIN_GRACE).rows().get(0);

        assertThat(status.state(Obligation.MERGED_TO_MAIN)).isEqualTo(ObligationState.MET);
        assertThat(status.state(Obligation.MERGED_TO_DEVELOP)).isEqualTo(ObligationState.MET);
    }

    @Test
    void taggedMergeIsPendingWhenDevelopLacksBranch() throws Exception {
        HotfixTag tag = tagMergeOnMain("taxes", false);
        ObligationChecker checker = new ObligationChecker(
                ObligationOptions.defaults().withBranches("main-taxes", "develop-taxes"));

        ObligationStatus status = checker.check(git.getRepository(), List.of(tag), WITHIN_GRACE).rows().get(0);

        assertThat(status.state(Obligation.MERGED_TO_MAIN)).isEqualTo(ObligationState.MET);
        assertThat(status.state(Obligation.MERGED_TO_DEVELOP)).isEqualTo(ObligationState.PENDING);
    }

    @Test
    void taggedMergeIsPendingWhenMainLacksIt() throws Exception {
        HotfixTag tag = tagMergeOnMain("levies", true);
        ObligationChecker checker = new ObligationChecker(
                ObligationOptions.defaults().withBranches("develop", "develop-levies"));

        ObligationStatus status = checker.check(git.getRepository(), List.of(tag), WITHIN_GRACE).rows().get(0);

        assertThat(status.state(Obligation.MERGED_TO_MAIN)).isEqualTo(ObligationState.PENDING);
    }

    @Test
    void missingDevelopBranchIsRejected() {
        ObligationChecker checker = new ObligationChecker(ObligationOptions.defaults().withBranches("main", "dev"));

        assertThatThrownBy(() -> checker.check(git.getRepository(), List.of(finished), AFTER_GRACE))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("Branch 'dev' not found in ")
                .hasMessageContaining("`git fetch origin dev`");
    }

    /**
     * Lays out what hotfix:finish leaves: {@code hotfix/<name>} merged into {@code main-<name>} and the merge commit
     * tagged, and {@code develop-<name>} one commit ahead of main, merging the hotfix branch when {@code merged}.
     */
    private HotfixTag tagMergeOnMain(String name, boolean merged) throws Exception {
        git.checkout().setCreateBranch(true).setName("develop-" + name).setStartPoint("develop").call();
        commit("force-app/" + name + "/Invoice.cls", "class Invoice {}", "Add invoices for " + name);
        git.checkout().setCreateBranch(true).setName("main-" + name).setStartPoint("main").call();
        git.checkout().setCreateBranch(true).setName("hotfix/" + name).call();
        commit("force-app/" + name + "/Fix.cls", "class Fix {}", "hotfix: fix " + name);

        mergeInto("main-" + name, "hotfix/" + name);
        if (merged) {
            mergeInto("develop-" + name, "hotfix/" + name);
        }
        RevCommit mergeCommit = git.getRepository().parseCommit(git.getRepository().resolve("main-" + name));
        git.tag().setName("v9-" + name).setObjectId(mergeCommit).call();
        return new HotfixTag("v9-" + name, mergeCommit, TAGGED, "");
    }

    private static ObligationChecker checker() {
        return new ObligationChecker(ObligationOptions.defaults());
    }

    private void mergeInto(String target, String source) throws Exception {
        git.checkout().setName(target).call();
        git.merge().include(git.getRepository().resolve(source)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setMessage("Merge " + source + " into " + target).call();
        git.checkout().setName(source).call();
    }

    private RevCommit commit(String file, String content, String message) throws Exception {
        Path path = temp.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content + "\n");
        git.add().addFilepattern(file).call();
        return git.commit().setMessage(message).setAuthor("Dev", "dev@example.com").call();
    }
}
