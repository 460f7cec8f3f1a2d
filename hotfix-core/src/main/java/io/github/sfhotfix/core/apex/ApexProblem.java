package io.github.sfhotfix.core.apex;

import java.util.Objects;

/**
 * Apex source file that could not be analysed, with the reason. The file takes no part in test selection.
 *
 * @param path repository-relative path of the file
 * @param problem what is wrong with the file, as a sentence fragment ("cannot be lexed: ...")
 */
public record ApexProblem(String path, String problem) implements ApexAnalysis {

    public ApexProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
    }

    /** Returns the same problem for a file with identical content at another path. */
    ApexProblem atPath(String otherPath) {
        return new ApexProblem(otherPath, problem);
    }

    @Override
    public String toString() {
        return path + ": " + problem;
    }
}
