package io.github.sfhotfix.core.triage;

/** Salesforce test level of a deployment, with the value the {@code sf} CLI takes in {@code --test-level}. */
public enum TestLevel {
    /** Only the tests given by name; sf-hotfix passes the tests affected by the change. */
    RUN_SPECIFIED_TESTS("RunSpecifiedTests", "affected tests only"),
    /** Every test of the org that does not come from a managed package. */
    RUN_LOCAL_TESTS("RunLocalTests", "all local tests");

    private final String cliValue;
    private final String label;

    TestLevel(String cliValue, String label) {
        this.cliValue = cliValue;
        this.label = label;
    }

    /** Returns the value of {@code --test-level}, for example {@code RunSpecifiedTests}. */
    public String cliValue() {
        return cliValue;
    }

    /** Returns the value in prose, as the policy table prints it. */
    public String label() {
        return label;
    }
}
