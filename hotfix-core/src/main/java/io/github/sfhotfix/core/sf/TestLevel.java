package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.RejectedInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The Apex test levels of a deploy, with the spelling the CLI's {@code --test-level} flag takes. */
public enum TestLevel {
    NO_TEST_RUN("NoTestRun"),
    RUN_SPECIFIED_TESTS("RunSpecifiedTests"),
    RUN_LOCAL_TESTS("RunLocalTests"),
    RUN_ALL_TESTS_IN_ORG("RunAllTestsInOrg"),
    RUN_RELEVANT_TESTS("RunRelevantTests");

    private final String cliName;

    TestLevel(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Returns the level for its CLI name (case-insensitive), such as {@code RunSpecifiedTests}. */
    public static TestLevel parse(String name) throws RejectedInputException {
        for (TestLevel level : values()) {
            if (level.cliName.equalsIgnoreCase(name) || level.name().equalsIgnoreCase(name)) {
                return level;
            }
        }
        throw new RejectedInputException("Unknown test level '" + name + "': use one of "
                + Arrays.stream(values()).map(TestLevel::cliName).collect(Collectors.joining(", ")) + ".");
    }
}
