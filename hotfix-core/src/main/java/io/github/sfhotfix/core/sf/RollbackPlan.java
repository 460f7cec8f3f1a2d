package io.github.sfhotfix.core.sf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps that put an org back to the production tag after a hotfix. Modified, deleted and renamed-away files are
 * redeployed from the tag's version, with their companion files. Components the hotfix added are removed with a
 * post-destructive-changes manifest. Files whose metadata type is not known cannot be removed
 * automatically and are listed for a manual step.
 *
 * @param tagCommit the commit of the production tag
 * @param restorePaths repository files to write from the tag's tree
 * @param deployRoots the {@code --source-dir} values, relative to the materialised folder
 * @param removals the components to delete after the deploy
 * @param manualRemovals added files of unknown metadata type
 * @param apiVersion the API version for the manifests
 */
public record RollbackPlan(
        String tagCommit, List<String> restorePaths, List<String> deployRoots, List<MetadataComponent> removals,
        List<String> manualRemovals, String apiVersion) {

    /** The folder inside the materialised project that contains the manifests. */
    public static final String DESTRUCTIVE_FOLDER = "destructive";

    public RollbackPlan {
        restorePaths = List.copyOf(restorePaths);
        deployRoots = List.copyOf(deployRoots);
        removals = List.copyOf(removals);
        manualRemovals = List.copyOf(manualRemovals);
    }

    /** Returns whether the plan does nothing. */
    public boolean isEmpty() {
        return deployRoots.isEmpty() && removals.isEmpty();
    }

    /**
     * Returns the deploy commands of the plan, to run in the materialised folder.
     *
     * @param targetOrg the org to roll back
     * @param testLevel the test level for both deploys
     * @param tests the tests for RunSpecifiedTests
     * @param waitMinutes the minutes each deploy waits
     * @param folder the materialised folder
     */
    public List<SfCommand> commands(String targetOrg, TestLevel testLevel, List<String> tests, int waitMinutes,
            Path folder) {
        List<SfCommand> commands = new ArrayList<>();
        if (!deployRoots.isEmpty()) {
            commands.add(deploy(targetOrg, testLevel, tests, waitMinutes, folder)
                    .options("--source-dir", deployRoots).build());
        }
        if (!removals.isEmpty()) {
            commands.add(deploy(targetOrg, testLevel, tests, waitMinutes, folder)
                    .option("--manifest", DESTRUCTIVE_FOLDER + "/package.xml")
                    .option("--post-destructive-changes", DESTRUCTIVE_FOLDER + "/destructiveChangesPost.xml")
                    .build());
        }
        return commands;
    }

    /** Returns the plan as text: the command lines, then the manual steps. */
    public List<String> describe(String targetOrg, TestLevel testLevel, List<String> tests, int waitMinutes,
            Path folder) {
        List<String> lines = new ArrayList<>();
        lines.add("cd " + folder + "  # files from " + tagCommit + " and the manifests");
        commands(targetOrg, testLevel, tests, waitMinutes, folder).forEach(command -> lines.add(command.describe()));
        manualRemovals.forEach(path -> lines.add("# remove by hand, metadata type unknown: " + path));
        return lines;
    }

    private static SfCommand.Builder deploy(String targetOrg, TestLevel testLevel, List<String> tests,
            int waitMinutes, Path folder) {
        SfCommand.Builder command = SfCommand.builder("project", "deploy", "start")
                .option("--test-level", testLevel.cliName());
        if (testLevel == TestLevel.RUN_SPECIFIED_TESTS) {
            command.options("--tests", tests);
        }
        return command.waitMinutes(waitMinutes).targetOrg(targetOrg).flag("--json").workingDirectory(folder);
    }
}
