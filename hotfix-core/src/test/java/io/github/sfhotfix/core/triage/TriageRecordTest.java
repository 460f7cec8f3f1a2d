package io.github.sfhotfix.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageRecordTest {

    @TempDir
    Path temp;

    private Git git;
    private RevCommit commit;
    private final TriageDecision decision = new Triage(TriagePolicy.defaults()).decide(
            Incident.builder(Severity.CRITICAL, UserImpact.ALL).financialImpactPerHour(12_500).build());

    @BeforeEach
    void createRepository() throws Exception {
        git = Git.init().setDirectory(temp.resolve("repo").toFile()).setInitialBranch("main").call();
        Files.writeString(temp.resolve("repo/README.md"), "hello\n");
        git.add().addFilepattern("README.md").call();
        commit = git.commit().setMessage("Initial commit").setAuthor("Dev", "dev@example.com").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    @Test
    void jsonFileHasTrackReasonsAndInputs() throws Exception {
        Path file = temp.resolve("out/triage.json");

        new TriageRecord(decision).writeTo(file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("track").asText()).isEqualTo("EMERGENCY_HOTFIX");
        assertThat(json.get("reasons").get(0).asText()).startsWith("Emergency criterion met: financial impact");
        assertThat(json.get("incident").get("severity").asText()).isEqualTo("critical");
        assertThat(json.get("incident").get("financialImpactPerHour").asLong()).isEqualTo(12_500);
        assertThat(json.get("financialImpactThresholdPerHour").asLong()).isEqualTo(10_000);
    }

    @Test
    void noteRoundTripsThroughCommit() throws Exception {
        new TriageRecord(decision).writeNote(git.getRepository(), commit);

        Optional<TriageRecord> read = TriageRecord.readFrom(git.getRepository(), commit);

        assertThat(read).contains(new TriageRecord(decision));
    }

    @Test
    void noteIsInTriageRef() throws Exception {
        new TriageRecord(decision).writeNote(git.getRepository(), commit);

        assertThat(git.getRepository().exactRef(GitNotes.TRIAGE_REF)).isNotNull();
    }

    @Test
    void readFromCommitWithoutNoteIsEmpty() throws HotfixException {
        Optional<TriageRecord> read = TriageRecord.readFrom(git.getRepository(), commit);

        assertThat(read).isEmpty();
    }

    @Test
    void readFromUnknownCommitIsRejected() {
        ObjectId unknown = ObjectId.fromString("0123456789012345678901234567890123456789");

        assertThatThrownBy(() -> TriageRecord.readFrom(git.getRepository(), unknown))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Commit 0123456789012345678901234567890123456789 not found");
    }

    @Test
    void corruptNoteIsRejectedWithSource() throws Exception {
        git.notesAdd().setNotesRef(GitNotes.TRIAGE_REF).setObjectId(commit).setMessage("{\"track\": 1}").call();

        assertThatThrownBy(() -> TriageRecord.readFrom(git.getRepository(), commit))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Missing field 'incident'")
                .hasMessageContaining("the note on commit " + commit.name());
    }
}
