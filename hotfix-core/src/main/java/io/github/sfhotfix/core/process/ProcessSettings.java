package io.github.sfhotfix.core.process;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Folder and policy settings of a process goal.
 *
 * @param directory a folder inside the repository
 * @param policyFile the policy file, or null for {@code hotfix.yaml} at the repository root
 * @param overrides policy values by key name, from parameters and {@code -Dhotfix.*} properties; null values are
 *     ignored
 */
public record ProcessSettings(Path directory, Path policyFile, Map<String, String> overrides) {

    public ProcessSettings {
        Objects.requireNonNull(directory, "directory");
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }
}
