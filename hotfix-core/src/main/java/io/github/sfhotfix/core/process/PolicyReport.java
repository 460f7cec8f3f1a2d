package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.triage.TrackPolicyTable;

/** Renders the effective track policies of a repository as the comparison table {@code hotfix:policy} prints. */
public final class PolicyReport {

    private PolicyReport() {
    }

    /**
     * Loads the policy of the repository and renders one column per track, one row per aspect.
     *
     * @throws RejectedInputException when the policy is invalid
     */
    public static String trackTable(ProcessSettings settings) throws RejectedInputException, EnvironmentException {
        try (GitRepository repository = GitRepository.open(settings.directory())) {
            return TrackPolicyTable.render(ProcessSupport.loadPolicy(repository, settings).trackPolicies());
        }
    }
}
