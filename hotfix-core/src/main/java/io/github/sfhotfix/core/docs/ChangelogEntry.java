package io.github.sfhotfix.core.docs;

import io.github.sfhotfix.core.RejectedInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Changelog entry of one hotfix release in the Keep a Changelog form: a {@code ## [version] - date} heading, a
 * {@code ### Fixed} list of commit subjects, and Impact, Root cause and Prevention sections to fill in.
 *
 * @param version version without a tag prefix, for example {@code 1.2.4}
 * @param date release date
 * @param fixes subjects of the hotfix commits, oldest first
 */
public record ChangelogEntry(String version, LocalDate date, List<String> fixes) {

    private static final Pattern VERSION = Pattern.compile("[0-9][0-9A-Za-z.+-]*");

    public ChangelogEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        fixes = List.copyOf(fixes);
    }

    /**
     * Creates an entry after checking the inputs: a version that starts with a digit (a leading {@code v} is
     * dropped) and at least one fix.
     *
     * @throws RejectedInputException when the version is not a version or there is no fix
     */
    public static ChangelogEntry of(String version, LocalDate date, List<String> fixes) throws RejectedInputException {
        String trimmed = version == null ? "" : version.trim();
        String bare = trimmed.startsWith("v") || trimmed.startsWith("V") ? trimmed.substring(1) : trimmed;
        if (!VERSION.matcher(bare).matches()) {
            throw new RejectedInputException("Invalid changelog version '" + version + "'. Pass a version such as"
                    + " 1.2.4 or v1.2.4.");
        }
        if (fixes.isEmpty()) {
            throw new RejectedInputException("No fixes for the changelog entry of " + bare + ". Pass the hotfix"
                    + " commits: the range from the previous tag to the hotfix commit is empty.");
        }
        return new ChangelogEntry(bare, date, fixes);
    }

    /** Creates an entry whose fixes are the subjects of {@code commits}. */
    public static ChangelogEntry fromCommits(String version, LocalDate date, List<RevCommit> commits)
            throws RejectedInputException {
        return of(version, date, commits.stream().map(RevCommit::getShortMessage).toList());
    }

    /** Renders the entry, ending with a blank line. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("## [").append(version).append("] - ").append(date).append("\n\n");
        out.append("### Fixed\n\n");
        for (String fix : fixes) {
            out.append("- ").append(fix.replace("\n", " ")).append('\n');
        }
        for (String section : List.of("Impact", "Root cause", "Prevention")) {
            out.append("\n### ").append(section).append("\n\n").append(Markdown.TO_BE_FILLED).append('\n');
        }
        return out.append('\n').toString();
    }
}
