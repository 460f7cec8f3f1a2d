package io.github.sfhotfix.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfhotfix.core.approval.GitNotes;
import io.github.sfhotfix.core.docs.ObligationState;
import io.github.sfhotfix.core.docs.ObligationStatus;
import io.github.sfhotfix.core.docs.Obligation;
import io.github.sfhotfix.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One finished and one unfinished hotfix, both tagged on Friday 2026-12-04; the grace period ends on Tuesday. */
class HotfixStatusTest {

    private static final Instant TAGGED = Instant.parse("2026-12-04T15:00:00Z");
    private static final Instant WITHIN_GRACE = Instant.parse("2026-12-08T12:00:00Z");
    private static final Instant AFTER_GRACE = Instant.parse("2026-12-10T12:00:00Z");

    @TempDir
    Path temp;

    private TestRepository repository;

    @BeforeEach
    void createHistory() throws Exception {
        repository = TestRepository.withRelease(temp.resolve("repo"));
        PersonIdent tagger = new PersonIdent(ProcessRepository.LEAD, Date.from(TAGGED), TimeZone.getTimeZone("UTC"));

        ProcessRepository.hotfix(repository, "fee-rounding");
        RevCommit first = ProcessRepository.merge(repository, "main", "hotfix/fee-rounding");
        ProcessRepository.releaseTag(repository, "v1.2.4", first, "hotfix/fee-rounding", tagger);
        ProcessRepository.merge(repository, "develop", "hotfix/fee-rounding");
        ProcessRepository.note(repository, GitNotes.REGRESSION_REF, first, "[{\"passed\": false}, {\"passed\": true}]");
        repository.checkout("main");
        repository.write("docs/rca/fee-rounding.md", "# RCA\n");
        repository.write("CHANGELOG.md", "# Changelog\n\n## [1.2.4] - 2026-12-04\n");
        repository.commit("Document 1.2.4");

        repository.checkoutNew("hotfix/login", "main");
        repository.writeClass("LoginService", "public class LoginService {}");
        repository.hotfixCommit("restore login");
        RevCommit second = ProcessRepository.merge(repository, "main", "hotfix/login");
        ProcessRepository.releaseTag(repository, "v1.2.5", second, "hotfix/login", tagger);
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    private StatusOutcome status(Instant now) throws Exception {
        return new HotfixStatus().status(ProcessRepository.settings(repository, Map.of()), now);
    }

    @Test
    void finishedHotfixMeetsEverything() throws Exception {
        StatusOutcome outcome = status(AFTER_GRACE);

        ObligationStatus finished = outcome.table().rows().get(0);
        assertThat(finished.tag().name()).isEqualTo("v1.2.4");
        assertThat(finished.complete()).isTrue();
    }

    @Test
    void unfinishedHotfixIsOverdueAfterGrace() throws Exception {
        StatusOutcome outcome = status(AFTER_GRACE);

        ObligationStatus unfinished = outcome.table().rows().get(1);
        assertThat(outcome.failed()).isTrue();
        assertThat(unfinished.state(Obligation.MERGED_TO_MAIN)).isEqualTo(ObligationState.MET);
        assertThat(unfinished.state(Obligation.MERGED_TO_DEVELOP)).isEqualTo(ObligationState.OVERDUE);
        assertThat(unfinished.state(Obligation.RCA_DOCUMENT)).isEqualTo(ObligationState.OVERDUE);
    }

    @Test
    void withinGraceNothingFails() throws Exception {
        StatusOutcome outcome = status(WITHIN_GRACE);

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.table().rows().get(1).state(Obligation.MERGED_TO_DEVELOP))
                .isEqualTo(ObligationState.PENDING);
    }

    @Test
    void releaseTagIsNotAHotfix() throws Exception {
        StatusOutcome outcome = status(AFTER_GRACE);

        assertThat(outcome.table().rows()).extracting(row -> row.tag().name()).containsExactly("v1.2.4", "v1.2.5");
    }

    @Test
    void oldTagsAreLeftOut() throws Exception {
        StatusOutcome outcome = new HotfixStatus().status(ProcessRepository.settings(repository,
                Map.of("status.days", "3")), TAGGED.plus(Duration.ofDays(5)));

        assertThat(outcome.table().rows()).isEmpty();
        assertThat(outcome.failed()).isFalse();
    }

    @Test
    void reportsCarryTheTable() throws Exception {
        StatusOutcome outcome = status(AFTER_GRACE);
        Path summary = temp.resolve("summary.md");

        StatusReports.write(outcome, temp.resolve("out"), summary);

        JsonNode json = new ObjectMapper().readTree(temp.resolve("out/status.json").toFile());
        assertThat(json.path("result").asText()).isEqualTo("overdue");
        assertThat(json.path("hotfixes").get(1).path("obligations").path("merged to develop").asText())
                .isEqualTo("overdue");
        assertThat(Files.readString(summary)).contains("| v1.2.5 | 2026-12-08 | met | overdue |");
        assertThat(StatusReports.text(outcome)).contains("v1.2.4  2026-12-08  met");
    }
}
