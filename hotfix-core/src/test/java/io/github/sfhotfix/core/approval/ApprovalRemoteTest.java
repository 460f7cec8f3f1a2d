package io.github.sfhotfix.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfhotfix.core.triage.Track;
import io.github.sfhotfix.core.triage.TrackPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalRemoteTest {

    @TempDir
    Path temp;

    @Test
    void notesRoundTripThroughBareRemote() throws Exception {
        Path bare = temp.resolve("origin.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        String remoteUri = bare.toUri().toString();
        RevCommit fix;
        try (Git author = Git.cloneRepository().setURI(remoteUri).setDirectory(temp.resolve("author").toFile())
                .call()) {
            Files.writeString(temp.resolve("author/Fix.cls"), "fix\n");
            author.add().addFilepattern("Fix.cls").call();
            fix = author.commit().setMessage("hotfix: fix").setAuthor("Dev", "dev@example.com").call();
            author.push().setRefSpecs(new RefSpec("HEAD:refs/heads/main")).call();
            new ApprovalRecorder(ApprovalOptions.defaults()).record(author.getRepository(), fix,
                    new Approval("lead@example.com", Instant.parse("2026-12-04T12:00:00Z"), Track.FAST_TRACK));

            author.push().setRefSpecs(new RefSpec(GitNotes.REFSPEC)).call();
        }

        try (Git deployer = Git.cloneRepository().setURI(remoteUri).setDirectory(temp.resolve("deployer").toFile())
                .call()) {
            deployer.fetch().setRefSpecs(new RefSpec(GitNotes.REFSPEC)).call();

            ApprovalCheck check = new ApprovalGate(ApprovalOptions.defaults())
                    .check(deployer.getRepository(), fix, TrackPolicy.defaultFor(Track.FAST_TRACK));

            assertThat(check.passed()).isTrue();
            assertThat(check.approvers()).containsExactly("lead@example.com");
        }
    }
}
