package io.github.sfhotfix.core.flow;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of one {@code hotfix:reconcile} run.
 *
 * @param directory a folder inside the repository
 * @param policyFile the policy file, or null for {@code hotfix.yaml} at the repository root
 * @param overrides policy values by key name, from parameters and {@code -Dhotfix.*} properties
 */
public record ReconcileRequest(Path directory, Path policyFile, Map<String, String> overrides) {

    public ReconcileRequest {
        Objects.requireNonNull(directory, "directory");
        overrides = Map.copyOf(overrides);
    }
}
