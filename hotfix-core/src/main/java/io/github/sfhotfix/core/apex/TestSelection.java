package io.github.sfhotfix.core.apex;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests selected for a change, with what the selection could not cover.
 *
 * @param tests selected tests, sorted by name ignoring case
 * @param untested changed classes and triggers, other than test classes, that no test was selected for, sorted
 *     ignoring case. The caller decides whether that is an error.
 * @param deleted names of deleted classes and triggers, sorted ignoring case. No test is selected for them.
 * @param problems changed Apex files that could not be analysed or are outside the package directories, so no test
 *     was selected for them
 */
public record TestSelection(
        List<SelectedTest> tests, List<String> untested, List<String> deleted, List<ApexProblem> problems) {

    public TestSelection {
        tests = List.copyOf(tests);
        untested = List.copyOf(untested);
        deleted = List.copyOf(deleted);
        problems = List.copyOf(problems);
    }

    /** Returns the selected test class names in output order. */
    public List<String> testNames() {
        return tests.stream().map(SelectedTest::name).toList();
    }

    /**
     * Returns the arguments that pass the selected tests to {@code sf project deploy start} or
     * {@code sf project deploy validate}: {@code --tests} followed by one argument per test class, or an empty list
     * when no test is selected, because {@code --tests} needs at least one name.
     */
    public List<String> testsArguments() {
        if (tests.isEmpty()) {
            return List.of();
        }
        List<String> arguments = new ArrayList<>();
        arguments.add("--tests");
        arguments.addAll(testNames());
        return List.copyOf(arguments);
    }
}
