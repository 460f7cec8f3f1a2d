package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A deploy or validation request: the org, the sources (paths relative to the project folder), the tests and how long the
 * CLI waits.
 *
 * @param projectDirectory the Salesforce DX project root; the CLI runs there
 * @param targetOrg the org alias or username
 * @param sourcePaths repository-relative files or folders, passed as {@code --source-dir} each
 * @param tests Apex test class names (or {@code Class.method}), passed as {@code --tests} each
 * @param testLevel the test level
 * @param waitMinutes the minutes the CLI waits for the deploy to finish, at least 1
 */
public record DeployRequest(
        Path projectDirectory,
        String targetOrg,
        List<String> sourcePaths,
        List<String> tests,
        TestLevel testLevel,
        int waitMinutes) {

    private static final Pattern TEST_NAME =
            Pattern.compile("([A-Za-z][A-Za-z0-9_]*__)?[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)?");

    public DeployRequest {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(testLevel, "testLevel");
        sourcePaths = sourcePaths == null ? List.of() : List.copyOf(sourcePaths);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /**
     * Checks every input and reports all problems at once.
     *
     * @throws RejectedInputException naming each invalid value and its fix
     */
    public void check() throws RejectedInputException {
        List<String> problems = new ArrayList<>();
        if (targetOrg == null || targetOrg.isBlank()) {
            problems.add("The target org is blank: set hotfix.sf.targetOrg to an org alias or username.");
        }
        if (sourcePaths.isEmpty()) {
            problems.add("No source paths to deploy: give the changed files, such as"
                    + " force-app/main/default/classes/Foo.cls.");
        }
        for (String path : sourcePaths) {
            checkSourcePath(path, problems);
        }
        if (testLevel == TestLevel.RUN_SPECIFIED_TESTS && tests.isEmpty()) {
            problems.add("Test level RunSpecifiedTests needs at least one test class: give the tests that cover the"
                    + " change, or use RunLocalTests.");
        }
        for (String test : tests) {
            if (!TEST_NAME.matcher(test).matches()) {
                problems.add("Invalid Apex test name '" + test + "': use a class name such as FooTest or"
                        + " FooTest.method.");
            }
        }
        if (!tests.isEmpty() && testLevel != TestLevel.RUN_SPECIFIED_TESTS) {
            problems.add("Tests " + tests + " were given with test level " + testLevel.cliName()
                    + ", which ignores them: use RunSpecifiedTests or give no tests.");
        }
        if (waitMinutes < 1) {
            problems.add("The wait of " + waitMinutes + " minutes is below the CLI's minimum of 1: set"
                    + " hotfix.sf.waitMinutes to 1 or more.");
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputException(String.join(System.lineSeparator(), problems));
        }
    }

    /** Adds the source, test and wait flags of this request to a deploy command. */
    void addTo(SfCommand.Builder command) {
        command.options("--source-dir", sourcePaths);
        command.option("--test-level", testLevel.cliName());
        command.options("--tests", tests);
        command.waitMinutes(waitMinutes);
        command.targetOrg(targetOrg);
        command.workingDirectory(projectDirectory);
    }

    /** Returns whether this request runs any tests. */
    boolean runsTests() {
        return testLevel != TestLevel.NO_TEST_RUN;
    }

    private void checkSourcePath(String path, List<String> problems) {
        if (path == null || path.isBlank()) {
            problems.add("A source path is blank: remove it from the list.");
            return;
        }
        Path relative = Path.of(path);
        if (relative.isAbsolute() || relative.normalize().startsWith("..")) {
            problems.add("Source path '" + path + "' is not inside the project: give a path relative to "
                    + projectDirectory + ".");
            return;
        }
        if (!Files.exists(projectDirectory.resolve(relative))) {
            problems.add("Source path '" + path + "' does not exist in " + projectDirectory
                    + ": check the path or commit the file.");
        }
    }
}
