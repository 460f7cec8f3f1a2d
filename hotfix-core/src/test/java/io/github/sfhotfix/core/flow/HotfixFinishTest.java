package io.github.sfhotfix.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixFinishTest {

    @TempDir
    Path root;

    private FlowRepositories repos;

    @BeforeEach
    void createRepositories() throws Exception {
        repos = FlowRepositories.create(root);
    }

    @AfterEach
    void closeRepositories() {
        repos.close();
    }

    private FinishRequest.Builder request() {
        return FinishRequest.builder(repos.work);
    }

    private FinishResult finish(FinishRequest.Builder builder) throws Exception {
        return new HotfixFinish().finish(builder.build());
    }

    @Test
    void finishMergesIntoMainAndDevelop() throws Exception {
        RevCommit fix = repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult result = finish(request());

        RevCommit main = repos.parse(repos.ref("refs/heads/main"));
        RevCommit develop = repos.parse(repos.ref("refs/heads/develop"));
        RevCommit changelog = repos.parse(main.getParent(1));
        assertThat(result.stopped()).isFalse();
        assertThat(main.getParentCount()).isEqualTo(2);
        assertThat(changelog.getShortMessage()).isEqualTo("hotfix: add changelog entry for 1.2.4");
        assertThat(changelog.getParent(0)).isEqualTo(fix);
        assertThat(main.getShortMessage()).isEqualTo("Merge hotfix: hotfix/fix-rounding");
        assertThat(develop.getParentCount()).isEqualTo(2);
        assertThat(develop.getParent(1)).isEqualTo(changelog);
        assertThat(result.mergeTargets()).containsExactly("main", "develop");
    }

    @Test
    void finishCommitsChangelogEntryBeforeMerging() throws Exception {
        RevCommit fix = repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        finish(request().changelogDate(LocalDate.of(2026, 3, 2)));

        String changelog = repos.fileAt("refs/tags/v1.2.4", "CHANGELOG.md");
        assertThat(changelog).startsWith("# Changelog\n");
        assertThat(changelog).contains("## [1.2.4] - 2026-03-02\n\n### Fixed\n\n- " + fix.getShortMessage() + "\n");
        assertThat(repos.fileAt("refs/heads/develop", "CHANGELOG.md")).isEqualTo(changelog);
    }

    @Test
    void changelogListsOnlyTheHotfixCommits() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        finish(request());

        String changelog = repos.fileAt("refs/heads/main", "CHANGELOG.md");
        assertThat(changelog).doesNotContain("Release 1.2.3");
        assertThat(changelog).doesNotContain("Invoice");
        assertThat(changelog.split("\n- ", -1)).hasSize(2);
    }

    @Test
    void changelogOffLeavesNoCommit() throws Exception {
        RevCommit fix = repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        finish(request().override("finish.changelog", "false"));

        RevCommit main = repos.parse(repos.ref("refs/heads/main"));
        assertThat(main.getParent(1)).isEqualTo(fix);
    }

    @Test
    void finishTagsTheMergeCommitOnMain() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult result = finish(request());

        assertThat(result.tag()).isEqualTo("v1.2.4");
        assertThat(repos.tagTarget("v1.2.4")).isEqualTo(repos.ref("refs/heads/main"));
        try (RevWalk walk = new RevWalk(repos.git.getRepository())) {
            RevTag tag = walk.parseTag(repos.ref("refs/tags/v1.2.4"));
            assertThat(tag.getFullMessage()).contains("Branch: hotfix/fix-rounding");
            assertThat(tag.getFullMessage()).contains("Severity: critical");
            assertThat(tag.getFullMessage()).contains("Issue: #4821");
        }
        assertThat(repos.branch()).isEqualTo("hotfix/fix-rounding");
    }

    @Test
    void finishRunAgainChangesNothing() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        finish(request());
        Map<String, String> before = repos.allRefs();

        FinishResult again = finish(request());

        assertThat(again.changedNothing()).isTrue();
        assertThat(repos.allRefs()).isEqualTo(before);
    }

    @Test
    void conflictOnDevelopAbortsAndRerunCompletes() throws Exception {
        repos.checkout("develop");
        repos.write(FlowRepositories.CLASS_FILE, "public class FeeCalculator {\n    // develop rounding\n}\n");
        repos.commit("Rework rounding");
        ObjectId developBefore = repos.ref("refs/heads/develop");
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult first = finish(request());

        assertThat(first.mergeConflict()).isPresent();
        assertThat(first.mergeConflict().get().target()).isEqualTo("develop");
        assertThat(first.mergeConflict().get().paths()).containsExactly(FlowRepositories.CLASS_FILE);
        assertThat(first.mergeConflict().get().instructions()).contains("git merge --no-ff");
        assertThat(repos.ref("refs/heads/develop")).isEqualTo(developBefore);
        assertThat(repos.git.getRepository().getRepositoryState()).isEqualTo(RepositoryState.SAFE);
        assertThat(repos.branch()).isEqualTo("hotfix/fix-rounding");
        assertThat(repos.git.status().call().isClean()).isTrue();
        assertThat(repos.tagTarget("v1.2.4")).isEqualTo(repos.ref("refs/heads/main"));

        repos.checkout("develop");
        repos.git.merge().include(repos.ref("refs/heads/hotfix/fix-rounding")).setFastForward(FastForwardMode.NO_FF)
                .setCommit(true).call();
        repos.write(FlowRepositories.CLASS_FILE, "public class FeeCalculator {\n    // develop, half up\n}\n");
        repos.commit("Merge hotfix: hotfix/fix-rounding");
        repos.checkout("hotfix/fix-rounding");
        ObjectId resolved = repos.ref("refs/heads/develop");

        FinishResult second = finish(request());

        assertThat(second.stopped()).isFalse();
        assertThat(second.steps()).allMatch(step -> step.outcome() == StepOutcome.ALREADY_DONE);
        assertThat(repos.ref("refs/heads/develop")).isEqualTo(resolved);
    }

    @Test
    void conflictInstructionsRepeatFlags() throws Exception {
        repos.checkout("develop");
        repos.write(FlowRepositories.CLASS_FILE, "public class FeeCalculator {\n    // develop rounding\n}\n");
        repos.commit("Rework rounding");
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult result = finish(request().branch("hotfix/fix-rounding").push(true).deleteBranch(true)
                .issue("INC 42").override("finish.changelog", "false"));

        String instructions = result.mergeConflict().orElseThrow().instructions();
        assertThat(instructions).endsWith("\nmvn hotfix:finish -Dhotfix.branch=hotfix/fix-rounding"
                + " '-Dhotfix.issue=INC 42' -Dhotfix.push=true -Dhotfix.deleteBranch=true"
                + " -Dhotfix.finish.changelog=false");
    }

    @Test
    void existingTagOnAnotherCommitIsRejected() throws Exception {
        repos.hotfix("other-fix", "v1.2.3", "public class FeeCalculator {\n    // other\n}\n");
        finish(request());
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        Map<String, String> before = repos.allRefs();

        assertThatThrownBy(() -> finish(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Tag v1.2.4 exists already")
                .hasMessageContaining(repos.ref("refs/heads/main").abbreviate(8).name())
                .hasMessageContaining("git merge v1.2.4");
        assertThat(repos.allRefs()).isEqualTo(before);
    }

    @Test
    void inFlightReleaseBranchIsMergedToo() throws Exception {
        repos.git.branchCreate().setName("release/1.3.0").setStartPoint("develop").call();
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult result = finish(request());

        RevCommit release = repos.parse(repos.ref("refs/heads/release/1.3.0"));
        assertThat(result.mergeTargets()).containsExactly("main", "develop", "release/1.3.0");
        assertThat(release.getParentCount()).isEqualTo(2);
        assertThat(release.getShortMessage()).isEqualTo("Merge hotfix: hotfix/fix-rounding");
    }

    @Test
    void mergeIntoReleaseSkipsDevelop() throws Exception {
        repos.git.branchCreate().setName("release/1.3.0").setStartPoint("develop").call();
        ObjectId develop = repos.ref("refs/heads/develop");
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult result = finish(request().override("finish.mergeInto", "release"));

        assertThat(result.mergeTargets()).containsExactly("main", "release/1.3.0");
        assertThat(repos.ref("refs/heads/develop")).isEqualTo(develop);
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        Map<String, String> before = repos.allRefs();

        FinishResult result = finish(request().dryRun(true).push(true).deleteBranch(true)
                .override("finish.bumpProjectVersion", "true"));

        assertThat(repos.allRefs()).isEqualTo(before);
        assertThat(result.steps()).allMatch(step -> step.outcome() == StepOutcome.PLANNED);
        assertThat(result.steps()).hasSize(7);
        assertThat(repos.git.status().call().isClean()).isTrue();
    }

    @Test
    void pushSendsBranchesAndTagToOrigin() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        repos.git.push().setRemote("origin").add("hotfix/fix-rounding").call();

        FinishResult result = finish(request().push(true).deleteBranch(true));

        assertThat(result.stopped()).isFalse();
        assertThat(repos.remoteRef("refs/heads/main")).isEqualTo(repos.ref("refs/heads/main"));
        assertThat(repos.remoteRef("refs/heads/develop")).isEqualTo(repos.ref("refs/heads/develop"));
        assertThat(repos.remoteRef("refs/tags/v1.2.4")).isEqualTo(repos.ref("refs/tags/v1.2.4"));
        assertThat(repos.remoteRef("refs/heads/hotfix/fix-rounding")).isNull();
        assertThat(repos.ref("refs/heads/hotfix/fix-rounding")).isNull();
        assertThat(repos.branch()).isEqualTo("main");
    }

    @Test
    void rejectedRefLeavesNothingPushed() throws Exception {
        Path other = root.resolve("other");
        try (Git clone = Git.cloneRepository().setURI(repos.origin.toUri().toString()).setDirectory(other.toFile())
                .setBranch("develop").call()) {
            Files.writeString(other.resolve("NOTES.md"), "moved on\n");
            clone.add().addFilepattern(".").call();
            clone.commit().setMessage("Move develop on").setAuthor("Other", "other@example.com")
                    .setCommitter("Other", "other@example.com").call();
            clone.push().call();
        }
        ObjectId originMain = repos.remoteRef("refs/heads/main");
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult result = finish(request().push(true));

        assertThat(result.rejectedPush()).isPresent();
        assertThat(result.rejectedPush().get()).contains("refs/heads/develop");
        assertThat(result.rejectedPush().get()).contains("nothing was pushed");
        assertThat(repos.remoteRef("refs/heads/main")).isEqualTo(originMain);
        assertThat(repos.remoteRef("refs/tags/v1.2.4")).isNull();
        assertThat(repos.tagTarget("v1.2.4")).isEqualTo(repos.ref("refs/heads/main"));
    }

    @Test
    void twoPartVersionIsRejectedByDefault() throws Exception {
        repos.git.tag().setName("rel/3.236").setObjectId(repos.parse(repos.ref("refs/heads/main"))).call();
        repos.hotfix("fix-rounding", "rel/3.236", "public class FeeCalculator {\n    // half up\n}\n");

        assertThatThrownBy(() -> finish(request().override("tagPattern", "rel/{version}")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("rel/3.236")
                .hasMessageContaining("finish.twoPartVersions: append");
    }

    @Test
    void twoPartVersionAppendTagsPatchPart() throws Exception {
        repos.git.tag().setName("rel/3.236").setObjectId(repos.parse(repos.ref("refs/heads/main"))).call();
        repos.hotfix("fix-rounding", "rel/3.236", "public class FeeCalculator {\n    // half up\n}\n");

        FinishResult result = finish(request().override("tagPattern", "rel/{version}")
                .override("finish.twoPartVersions", "append"));

        assertThat(result.tag()).isEqualTo("rel/3.236.1");
        assertThat(repos.tagTarget("rel/3.236.1")).isEqualTo(repos.ref("refs/heads/main"));
    }

    @Test
    void bumpProjectVersionCommitsOnHotfixBranch() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");

        finish(request().override("finish.bumpProjectVersion", "true"));

        RevCommit hotfixTip = repos.parse(repos.ref("refs/heads/hotfix/fix-rounding"));
        assertThat(hotfixTip.getShortMessage()).isEqualTo("hotfix: set package version 1.2.4.NEXT");
        assertThat(Files.readString(repos.work.resolve("sfdx-project.json"))).contains("\"1.2.4.NEXT\"");
        assertThat(repos.parse(repos.ref("refs/heads/main")).getParent(1)).isEqualTo(hotfixTip);
    }

    @Test
    void finishRestoresCheckedOutBranch() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        repos.checkout("main");

        finish(request().branch("hotfix/fix-rounding"));

        assertThat(repos.git.getRepository().getFullBranch()).isEqualTo("refs/heads/main");
    }

    @Test
    void finishFromDetachedHeadRestoresCommit() throws Exception {
        RevCommit fix = repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        repos.git.checkout().setName(fix.name()).call();

        FinishResult result = finish(request().branch("hotfix/fix-rounding"));

        assertThat(result.stopped()).isFalse();
        assertThat(repos.git.getRepository().getFullBranch()).isEqualTo(fix.name());
        assertThat(repos.git.status().call().isClean()).isTrue();
    }

    @Test
    void conflictFromDetachedHeadRestoresCommit() throws Exception {
        repos.checkout("develop");
        repos.write(FlowRepositories.CLASS_FILE, "public class FeeCalculator {\n    // develop rounding\n}\n");
        repos.commit("Rework rounding");
        RevCommit fix = repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        repos.git.checkout().setName(fix.name()).call();

        FinishResult result = finish(request().branch("hotfix/fix-rounding"));

        assertThat(result.mergeConflict()).isPresent();
        assertThat(repos.git.getRepository().getFullBranch()).isEqualTo(fix.name());
        assertThat(repos.git.status().call().isClean()).isTrue();
    }

    @Test
    void detachedHeadIsRejected() throws Exception {
        RevCommit fix = repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        repos.git.checkout().setName(fix.name()).call();

        assertThatThrownBy(() -> finish(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("HEAD is detached")
                .hasMessageContaining("-Dhotfix.branch=hotfix/<name>");
    }

    @Test
    void otherBranchIsRejected() throws Exception {
        repos.checkout("develop");

        assertThatThrownBy(() -> finish(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Branch 'develop' is not a hotfix branch");
    }

    @Test
    void missingIntegrationBranchNamesConfiguredName() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        Map<String, String> before = repos.allRefs();

        assertThatThrownBy(() -> finish(request().override("integrationBranch", "integration")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Branch 'integration' (integrationBranch) not found");
        assertThat(repos.allRefs()).isEqualTo(before);
    }

    @Test
    void dirtyWorkingTreeIsRejectedListingFiles() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        repos.write("README.md", "edited\n");

        assertThatThrownBy(() -> finish(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("README.md");
    }

    @Test
    void lockFileIsRejected() throws Exception {
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        Path lock = repos.work.resolve(".git/index.lock");
        Files.writeString(lock, "");
        Map<String, String> before = repos.allRefs();

        assertThatThrownBy(() -> finish(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("index.lock");
        assertThat(repos.allRefs()).isEqualTo(before);
    }

    @Test
    void staleLocalBranchIsRejectedBeforeWriting() throws Exception {
        repos.checkout("develop");
        repos.git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
        repos.hotfix("fix-rounding", "v1.2.3", "public class FeeCalculator {\n    // half up\n}\n");
        Map<String, String> before = repos.allRefs();

        assertThatThrownBy(() -> finish(request()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("lack commits of origin/develop");
        assertThat(repos.allRefs()).isEqualTo(before);
    }
}
