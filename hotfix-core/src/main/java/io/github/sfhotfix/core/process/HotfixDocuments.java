package io.github.sfhotfix.core.process;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import io.github.sfhotfix.core.docs.Changelog;
import io.github.sfhotfix.core.docs.ChangelogEntry;
import io.github.sfhotfix.core.docs.IncidentReport;
import io.github.sfhotfix.core.docs.PostDeploymentChecklist;
import io.github.sfhotfix.core.docs.RootCauseAnalysis;
import io.github.sfhotfix.core.docs.TimelineEvent;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.sf.ProductionDeploy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Writes the documents of one hotfix from git facts: the changelog entry, the root-cause analysis and the incident
 * report. The hotfix is the branch named (or checked out), or the one a release tag marks once the branch is gone.
 */
public final class HotfixDocuments {

    /**
     * Adds the hotfix's entry to the changelog in the working tree, without committing it. The version is the
     * release tag's, or the patch after the base tag before finish; the fixes are the hotfix's own commits.
     *
     * @param today the entry's date before finish; after finish the release tag's date is used
     * @return the file, and whether the entry was added or was already there
     */
    public DocumentOutcome changelog(ProcessSettings settings, String branch, String tag, LocalDate today)
            throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            HotfixFacts facts = HotfixHistory.read(repository, policy, branch, tag);
            LocalDate date = facts.releaseTagDate() == null ? today
                    : facts.releaseTagDate().atZone(ZoneOffset.UTC).toLocalDate();
            ChangelogEntry entry = ChangelogEntry.fromCommits(facts.version().toString(), date, facts.commits());

            Path file = repository.workTree().resolve(policy.get(PolicyKeys.CHANGELOG_PATH));
            boolean added = Changelog.addTo(file, entry);
            return new DocumentOutcome(file, added, added
                    ? "Added " + entry.version() + " with " + entry.fixes().size() + " fix(es) to " + file
                    : file + " already has an entry for " + entry.version() + "; left as is");
        }
    }

    /**
     * Writes {@code docs/rca/<incident>.md} with a timeline from git: branch created, first commit, approvals,
     * production deploys and the release tag. An existing document is left as is, since the team edits it.
     *
     * @param incident the document's name; null for the branch name without its prefix
     * @param summary one paragraph on what happened, or null for a placeholder
     */
    public DocumentOutcome rootCauseAnalysis(ProcessSettings settings, String branch, String tag, String incident,
            String summary) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            HotfixFacts facts = HotfixHistory.read(repository, policy, branch, tag);
            String name = incident == null || incident.isBlank() ? facts.slug(policy.branchPrefix()) : incident.trim();

            RootCauseAnalysis document = new RootCauseAnalysis(name, summary == null ? "" : summary,
                    timeline(repository, facts));
            Path file = repository.workTree().resolve(document.relativePath());
            Optional<Path> written = document.writeUnder(repository.workTree());
            return new DocumentOutcome(file, written.isPresent(), written.isPresent()
                    ? "Wrote " + file + " with " + document.timeline().size() + " timeline event(s)"
                    : file + " exists already; left as is");
        }
    }

    /**
     * Writes {@code incident-<id>.md} to {@code outputDirectory}, with the last successful production deploy of the
     * hotfix's tip and the post-deployment checklist ticked from git facts.
     *
     * @param incidentId the report's id; null for the branch name without its prefix
     * @param deployedBy who deployed; null for the repository's {@code user.name}
     * @throws RejectedInputException when no successful deploy is recorded on the tip in
     *     {@code refs/notes/hotfix-deploys}
     */
    public DocumentOutcome incidentReport(ProcessSettings settings, String branch, String tag, String incidentId,
            String deployedBy, Path outputDirectory) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, settings);
            HotfixFacts facts = HotfixHistory.read(repository, policy, branch, tag);
            String id = incidentId == null || incidentId.isBlank() ? facts.slug(policy.branchPrefix())
                    : incidentId.trim();
            JsonNode deploy = lastSuccessfulDeploy(repository, facts.tip()).orElseThrow(() ->
                    new RejectedInputException("No successful production deploy is recorded on commit "
                            + facts.tip().abbreviate(8).name() + " of " + facts.branch() + " in "
                            + ProductionDeploy.NOTES_REF + ". Deploy it with hotfix:deploy, or fetch the notes with"
                            + " `git fetch origin '" + GitNotes.REFSPEC + "'`."));

            String who = deployedBy != null && !deployedBy.isBlank() ? deployedBy.trim()
                    : Optional.ofNullable(repository.jgit().getConfig().getString("user", null, "name"))
                            .orElse("unknown");
            String rcaName = RootCauseAnalysis.DIRECTORY + "/" + id + ".md";
            PostDeploymentChecklist checklist = new PostDeploymentChecklist(
                    contains(repository, policy, policy.productionBranch(), facts.tip()),
                    contains(repository, policy, policy.integrationBranch(), facts.tip()),
                    regressionPassed(repository, facts),
                    false,
                    Files.exists(repository.workTree().resolve(rcaName)));
            IncidentReport report = new IncidentReport(id, facts.branch(), deploy.path("deployId").asText(), who,
                    facts.startedAt(), instant(deploy.path("deployedAt").asText(), facts.tip().name()),
                    policy.productionBranch(), policy.integrationBranch(), checklist);
            Path file = report.writeTo(outputDirectory);
            return new DocumentOutcome(file, true, "Wrote " + file);
        }
    }

    private static List<TimelineEvent> timeline(GitRepository repository, HotfixFacts facts)
            throws EnvironmentException {
        List<TimelineEvent> events = new ArrayList<>();
        events.add(TimelineEvent.branchCreated(facts.branch(), facts.startedAt()));
        if (!facts.commits().isEmpty()) {
            RevCommit first = facts.commits().get(0);
            events.add(TimelineEvent.firstCommit(first.name(), first.getShortMessage(),
                    first.getAuthorIdent().getWhenAsInstant()));
        }
        Map<ObjectId, String> approvals = GitNotes.readAll(repository.jgit(), GitNotes.APPROVALS_REF);
        for (RevCommit commit : facts.commits()) {
            String note = approvals.get(commit);
            if (note == null) {
                continue;
            }
            for (JsonNode approval : NoteEntries.parse(note, GitNotes.APPROVALS_REF, commit)) {
                parseInstant(approval.path("time").asText()).ifPresent(time -> events.add(
                        TimelineEvent.approval(approval.path("approver").asText(), commit.name(), time)));
            }
        }
        for (JsonNode deploy : NoteEntries.read(repository, ProductionDeploy.NOTES_REF, facts.tip())) {
            if (succeeded(deploy)) {
                parseInstant(deploy.path("deployedAt").asText()).ifPresent(time -> events.add(
                        TimelineEvent.deployed(deploy.path("deployId").asText(), time)));
            }
        }
        if (facts.releaseTag() != null) {
            events.add(TimelineEvent.tagged(facts.releaseTag().name(), facts.releaseTagDate()));
        }
        return events;
    }

    private static Optional<JsonNode> lastSuccessfulDeploy(GitRepository repository, ObjectId tip)
            throws EnvironmentException {
        JsonNode last = null;
        for (JsonNode deploy : NoteEntries.read(repository, ProductionDeploy.NOTES_REF, tip)) {
            if (succeeded(deploy) && !deploy.path("deployId").asText().isBlank()) {
                last = deploy;
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean succeeded(JsonNode deploy) {
        return "Succeeded".equalsIgnoreCase(deploy.path("status").asText());
    }

    private static boolean contains(GitRepository repository, Policy policy, String branch, ObjectId tip)
            throws EnvironmentException {
        Optional<ObjectId> head = ProcessSupport.branchCommit(repository, policy, branch);
        return head.isPresent() && repository.isAncestor(tip, head.get());
    }

    /** Returns whether a regression note on the release tag's commit or the tip records a passed run. */
    static boolean regressionPassed(GitRepository repository, HotfixFacts facts) throws EnvironmentException {
        List<ObjectId> commits = new ArrayList<>(List.of(facts.tip()));
        facts.release().ifPresent(release -> commits.add(0, release.commit()));
        for (ObjectId commit : commits) {
            List<JsonNode> entries = NoteEntries.read(repository, GitNotes.REGRESSION_REF, commit);
            if (!entries.isEmpty()) {
                return entries.get(entries.size() - 1).path("passed").asBoolean(false);
            }
        }
        return false;
    }

    private static Instant instant(String text, String commit) throws RejectedInputException {
        return parseInstant(text).orElseThrow(() -> new RejectedInputException("The deploy note on commit " + commit
                + " has an invalid deployedAt '" + text + "'. Repair it with `git notes --ref "
                + GitNotes.shortName(ProductionDeploy.NOTES_REF) + " edit " + commit + "`."));
    }

    private static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
