package io.github.sfhotfix.core.git;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names the branch under validation: an explicit name wins, then the checked-out branch, then the variables CI
 * systems set on a detached-HEAD checkout.
 */
public final class BranchResolver {

    /** CI variables read in order: GitHub pull requests, GitHub pushes, GitLab, Jenkins. */
    public static final List<String> CI_VARIABLES =
            List.of("GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME", "BRANCH_NAME");

    private BranchResolver() {
    }

    /**
     * Resolves the branch name.
     *
     * @param explicit the name given by the user ({@code -Dhotfix.branch}), or null
     * @param environment the process environment
     * @throws RejectedInputException when HEAD is detached and neither a name nor a CI variable gives the branch
     */
    public static ResolvedBranch resolve(GitRepository repository, String explicit, Map<String, String> environment)
            throws RejectedInputException, EnvironmentException {
        if (explicit != null && !explicit.isBlank()) {
            return new ResolvedBranch(strip(explicit.trim()), "parameter hotfix.branch");
        }
        Optional<String> checkedOut = repository.checkedOutBranch();
        if (checkedOut.isPresent()) {
            return new ResolvedBranch(checkedOut.get(), "checked-out branch");
        }
        for (String variable : CI_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return new ResolvedBranch(strip(value.trim()), "environment variable " + variable);
            }
        }
        throw new RejectedInputException("HEAD is detached and no branch name was given. Pass -Dhotfix.branch="
                + "<branch>, or run where one of " + String.join(", ", CI_VARIABLES) + " is set.");
    }

    private static String strip(String name) {
        return name.startsWith("refs/heads/") ? name.substring("refs/heads/".length()) : name;
    }

    /**
     * A branch name and where it came from.
     *
     * @param name the short branch name, such as {@code hotfix/fix-payment}
     * @param source what supplied it, for the log
     */
    public record ResolvedBranch(String name, String source) {
    }
}
