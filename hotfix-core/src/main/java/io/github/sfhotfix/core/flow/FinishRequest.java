package io.github.sfhotfix.core.flow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The settings of one {@code hotfix:finish} run. Build one with {@link #builder(Path)}.
 *
 * @param directory a folder inside the repository
 * @param policyFile the policy file, or null for {@code hotfix.yaml} at the repository root
 * @param overrides policy values by key name, from parameters and {@code -Dhotfix.*} properties
 * @param branch the hotfix branch, or null for the checked-out branch
 * @param severity the severity named in the tag message, or null to read it from the commits
 * @param issue the issue named in the tag message, or null to read it from the branch description or the commits
 * @param releaseBranch the release branch to merge into, or null to find the in-flight one
 * @param push true to push the branches and the tag to the remote in one atomic push
 * @param deleteBranch true to delete the hotfix branch after the merges: locally, and on the remote when pushing
 * @param ignoredFolders folders whose files do not make the working tree dirty, such as the build's {@code target/}
 * @param dryRun true to print the steps and write nothing
 * @param changelogDate the date of the changelog entry, or null for today in UTC
 */
public record FinishRequest(Path directory, Path policyFile, Map<String, String> overrides, String branch,
        String severity, String issue, String releaseBranch, boolean push, boolean deleteBranch,
        List<Path> ignoredFolders, boolean dryRun, LocalDate changelogDate) {

    /** Characters a POSIX shell passes through unquoted. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._/:=@+,%-]+");

    public FinishRequest {
        Objects.requireNonNull(directory, "directory");
        overrides = Map.copyOf(overrides);
        ignoredFolders = List.copyOf(ignoredFolders);
    }

    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /**
     * Returns the command that runs this finish again with the same settings, such as
     * {@code mvn hotfix:finish -Dhotfix.branch=hotfix/fix-rounding -Dhotfix.push=true}. Policy overrides become
     * {@code -Dhotfix.<key>} properties, and values other than plain words are single-quoted for POSIX shells.
     */
    public String resumeCommand() {
        List<String> words = new ArrayList<>(List.of("mvn", "hotfix:finish"));
        addProperty(words, "hotfix.policy", policyFile == null ? null : policyFile.toString());
        addProperty(words, "hotfix.branch", branch);
        addProperty(words, "hotfix.severity", severity);
        addProperty(words, "hotfix.issue", issue);
        addProperty(words, "hotfix.releaseBranch", releaseBranch);
        addProperty(words, "hotfix.push", push ? "true" : null);
        addProperty(words, "hotfix.deleteBranch", deleteBranch ? "true" : null);
        overrides.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> addProperty(words, "hotfix." + entry.getKey(), entry.getValue()));
        return String.join(" ", words);
    }

    private static void addProperty(List<String> words, String property, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String argument = "-D" + property + "=" + value;
        words.add(PLAIN_WORD.matcher(argument).matches() ? argument : "'" + argument.replace("'", "'\\''") + "'");
    }

    /** Collects a finish request's optional settings; unset values take the defaults above. */
    public static final class Builder {

        private final Path directory;
        private Path policyFile;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private String branch;
        private String severity;
        private String issue;
        private String releaseBranch;
        private boolean push;
        private boolean deleteBranch;
        private final List<Path> ignoredFolders = new ArrayList<>();
        private boolean dryRun;
        private LocalDate changelogDate;

        private Builder(Path directory) {
            this.directory = directory;
        }

        public Builder policyFile(Path file) {
            this.policyFile = file;
            return this;
        }

        /** Sets one policy key, such as {@code finish.mergeInto}; a null value is ignored. */
        public Builder override(String key, String value) {
            if (value != null) {
                overrides.put(key, value);
            }
            return this;
        }

        public Builder overrides(Map<String, String> values) {
            values.forEach(this::override);
            return this;
        }

        public Builder branch(String name) {
            this.branch = name;
            return this;
        }

        public Builder severity(String value) {
            this.severity = value;
            return this;
        }

        public Builder issue(String value) {
            this.issue = value;
            return this;
        }

        public Builder releaseBranch(String name) {
            this.releaseBranch = name;
            return this;
        }

        public Builder push(boolean value) {
            this.push = value;
            return this;
        }

        public Builder deleteBranch(boolean value) {
            this.deleteBranch = value;
            return this;
        }

        public Builder ignoredFolder(Path folder) {
            if (folder != null) {
                ignoredFolders.add(folder);
            }
            return this;
        }

        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        public Builder changelogDate(LocalDate date) {
            this.changelogDate = date;
            return this;
        }

        public FinishRequest build() {
            return new FinishRequest(directory, policyFile, overrides, branch, severity, issue, releaseBranch, push,
                    deleteBranch, ignoredFolders, dryRun, changelogDate);
        }
    }
}
