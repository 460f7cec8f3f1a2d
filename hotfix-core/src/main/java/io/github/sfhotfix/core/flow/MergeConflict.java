package io.github.sfhotfix.core.flow;

import java.util.List;

/**
 * A merge that stopped on conflicts and was aborted, so the target branch is as it was before the merge.
 *
 * @param hotfixBranch the branch being merged
 * @param target the branch it was merged into
 * @param paths the conflicting files
 * @param message the merge commit message to use when merging by hand
 * @param resumeCommand the command that runs the finish again with the same settings
 */
public record MergeConflict(String hotfixBranch, String target, List<String> paths, String message,
        String resumeCommand) {

    public MergeConflict {
        paths = List.copyOf(paths);
    }

    /** Returns the commands that finish the merge by hand, one per line, ending with running the goal again. */
    public String instructions() {
        return "git switch " + target + "\n"
                + "git merge --no-ff -m \"" + message + "\" " + hotfixBranch + "\n"
                + "# resolve the conflicts in " + String.join(", ", paths) + ", then\n"
                + "git add " + String.join(" ", paths) + " && git commit --no-edit\n"
                + "git switch " + hotfixBranch + "\n"
                + resumeCommand;
    }
}
