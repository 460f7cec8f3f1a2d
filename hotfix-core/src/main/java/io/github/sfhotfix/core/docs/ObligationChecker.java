package io.github.sfhotfix.core.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.approval.GitNotes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks what is still owed for each hotfix tag, from git facts only:
 * <ul>
 *   <li>merged to main and to develop: when the tagged commit is a merge, as {@code hotfix:finish} tags the merge
 *       into main, every parent but the first (the merged hotfix branch) is an ancestor of the branch, so develop
 *       counts once it merged the hotfix branch, although it never contains main's merge commit; otherwise the
 *       tagged commit itself is an ancestor of the branch;</li>
 *   <li>regression passed: the note on the tagged commit in {@code refs/notes/hotfix-regression} is a JSON object
 *       with {@code "passed": true}, or a list of such objects whose last one has it;</li>
 *   <li>RCA document: {@code docs/rca/<tag>.md}, or {@code docs/rca/<hotfix name>.md} when the tag has a hotfix
 *       name, is in main's tree;</li>
 *   <li>changelog entry: main's changelog has a heading for the tag's version.</li>
 * </ul>
 * An unmet obligation is overdue when {@code now} falls after the tag date plus the grace period in business days.
 */
public final class ObligationChecker {

    private static final Logger LOG = LoggerFactory.getLogger(ObligationChecker.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObligationOptions options;

    public ObligationChecker(ObligationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Checks every tag in {@code tags}.
     *
     * @param now current time, compared with each tag's due date in the configured zone
     * @throws RejectedInputException when main or develop is missing, or a tag's commit is not in the repository
     */
    public ObligationTable check(Repository repository, List<HotfixTag> tags, Instant now)
            throws RejectedInputException, EnvironmentException {
        LocalDate today = now.atZone(options.zone()).toLocalDate();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit main = branchHead(repository, walk, options.mainBranch());
            RevCommit develop = branchHead(repository, walk, options.developBranch());
            Optional<String> changelog = readFile(repository, main, options.changelogPath());

            List<ObligationStatus> rows = new ArrayList<>();
            for (HotfixTag tag : tags) {
                RevCommit tagged = taggedCommit(repository, walk, tag);
                Map<Obligation, Boolean> met = new EnumMap<>(Obligation.class);
                met.put(Obligation.MERGED_TO_MAIN, hotfixMergedInto(walk, tagged, main));
                met.put(Obligation.MERGED_TO_DEVELOP, hotfixMergedInto(walk, tagged, develop));
                met.put(Obligation.REGRESSION_PASSED, regressionPassed(repository, tagged));
                met.put(Obligation.RCA_DOCUMENT, rcaPresent(repository, main, tag));
                met.put(Obligation.CHANGELOG_ENTRY,
                        changelog.map(text -> Changelog.containsVersion(text, tag.version())).orElse(false));

                LocalDate due = BusinessDays.add(tag.date().atZone(options.zone()).toLocalDate(),
                        options.graceBusinessDays());
                rows.add(new ObligationStatus(tag, due, states(met, today.isAfter(due))));
                LOG.debug("Obligations of {}: {} (due {})", tag.name(), met, due);
            }
            return new ObligationTable(rows);
        } catch (IOException e) {
            throw new EnvironmentException("Failed to read the hotfix history in " + GitNotes.location(repository)
                    + ": " + e.getMessage(), e);
        }
    }

    private static Map<Obligation, ObligationState> states(Map<Obligation, Boolean> met, boolean pastDue) {
        Map<Obligation, ObligationState> states = new EnumMap<>(Obligation.class);
        ObligationState unmet = pastDue ? ObligationState.OVERDUE : ObligationState.PENDING;
        met.forEach((obligation, done) -> states.put(obligation, done ? ObligationState.MET : unmet));
        return states;
    }

    /** Resolves a local branch, or the branch of {@code origin} in a CI checkout that has no local branch. */
    private static RevCommit branchHead(Repository repository, RevWalk walk, String branch)
            throws RejectedInputException, IOException {
        Ref ref = repository.exactRef(Constants.R_HEADS + branch);
        if (ref == null) {
            ref = repository.exactRef(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + branch);
        }
        if (ref == null) {
            throw new RejectedInputException("Branch '" + branch + "' not found in " + GitNotes.location(repository)
                    + ", locally or as origin/" + branch + ". Fetch it with `git fetch origin " + branch
                    + "` or set the branch name in the configuration.");
        }
        return walk.parseCommit(ref.getObjectId());
    }

    /**
     * Returns true when {@code branch} contains what the tag shipped: the merged parents of a tagged merge commit,
     * else the tagged commit itself. A branch that contains the merge commit contains its parents too.
     */
    private static boolean hotfixMergedInto(RevWalk walk, RevCommit tagged, RevCommit branch) throws IOException {
        if (tagged.getParentCount() < 2) {
            return walk.isMergedInto(tagged, branch);
        }
        for (int i = 1; i < tagged.getParentCount(); i++) {
            if (!walk.isMergedInto(walk.parseCommit(tagged.getParent(i)), branch)) {
                return false;
            }
        }
        return true;
    }

    private static RevCommit taggedCommit(Repository repository, RevWalk walk, HotfixTag tag)
            throws RejectedInputException, IOException {
        try {
            return walk.parseCommit(tag.commit());
        } catch (MissingObjectException e) {
            throw new RejectedInputException("Commit " + tag.commit().name() + " of tag '" + tag.name()
                    + "' not found in " + GitNotes.location(repository) + ". Fetch the tags with"
                    + " `git fetch --tags`.", e);
        }
    }

    private static boolean regressionPassed(Repository repository, RevCommit tagged) throws EnvironmentException {
        Optional<String> note = GitNotes.read(repository, GitNotes.REGRESSION_REF, tagged);
        if (note.isEmpty()) {
            return false;
        }
        try {
            JsonNode root = MAPPER.readTree(note.get());
            JsonNode latest = root.isArray() && !root.isEmpty() ? root.get(root.size() - 1) : root;
            JsonNode passed = latest.path("passed");
            return passed.isBoolean() && passed.booleanValue();
        } catch (JsonProcessingException e) {
            LOG.debug("Regression note on {} is not JSON, so it does not count: {}", tagged.name(),
                    e.getOriginalMessage());
            return false;
        }
    }

    private static boolean rcaPresent(Repository repository, RevCommit main, HotfixTag tag) throws IOException {
        List<String> names = new ArrayList<>(List.of(tag.name()));
        if (!tag.hotfixName().isEmpty()) {
            names.add(tag.hotfixName());
        }
        for (String name : names) {
            String path = RootCauseAnalysis.DIRECTORY + "/" + name + ".md";
            if (readFile(repository, main, path).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> readFile(Repository repository, RevCommit commit, String path)
            throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (tree == null) {
                return Optional.empty();
            }
            ObjectId blob = tree.getObjectId(0);
            return Optional.of(new String(repository.open(blob).getBytes(), StandardCharsets.UTF_8));
        }
    }
}
