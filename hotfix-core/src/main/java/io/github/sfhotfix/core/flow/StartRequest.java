package io.github.sfhotfix.core.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of one {@code hotfix:start} run.
 *
 * @param directory a folder inside the repository
 * @param policyFile the policy file, or null for {@code hotfix.yaml} at the repository root
 * @param overrides policy values by key name, from parameters and {@code -Dhotfix.*} properties
 * @param name the hotfix name, such as {@code fix-payment-processor}; the branch is the prefix plus the name
 * @param issue the issue reference, such as {@code #12345} or {@code PAY-12}, or null
 * @param fromTag the tag to start from, or null for the production tag (the highest matching version)
 * @param ignoredFolders repository-relative folders whose files do not make the working tree dirty, such as the
 *     build's own {@code target/}
 * @param dryRun true to print the steps and write nothing
 */
public record StartRequest(Path directory, Path policyFile, Map<String, String> overrides, String name, String issue,
        String fromTag, List<Path> ignoredFolders, boolean dryRun) {

    public StartRequest {
        Objects.requireNonNull(directory, "directory");
        overrides = Map.copyOf(overrides);
        ignoredFolders = List.copyOf(ignoredFolders);
    }
}
