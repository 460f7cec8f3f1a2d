package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a deploy result ({@code sf project deploy start|validate|quick|report --json}) that this library reads.
 *
 * @param id the deploy id
 * @param status Pending, InProgress, Succeeded, SucceededPartial, Failed, Canceling, Canceled, Finalizing or
 *     FinalizingFailed
 * @param success whether the deploy succeeded
 * @param done whether the deploy finished
 * @param numberTestsCompleted tests that ran and passed
 * @param numberTestErrors tests that failed
 * @param details component failures and test results
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeployResult(
        String id,
        String status,
        boolean success,
        boolean done,
        int numberTestsCompleted,
        int numberTestErrors,
        Details details) {

    /** Component failures and the test run. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Details(List<ComponentFailure> componentFailures, RunTestResult runTestResult) {
        public Details {
            componentFailures = componentFailures == null ? List.of() : List.copyOf(componentFailures);
        }
    }

    /** One component that failed to deploy; {@code fileName} is relative to its package directory. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ComponentFailure(
            String componentType, String fullName, String fileName, Integer lineNumber, Integer columnNumber,
            String problem, String problemType) {
    }

    /** The Apex test run of a deploy. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RunTestResult(
            int numTestsRun, int numFailures, List<TestFailure> failures, List<CoverageWarning> codeCoverageWarnings) {
        public RunTestResult {
            failures = failures == null ? List.of() : List.copyOf(failures);
            codeCoverageWarnings = codeCoverageWarnings == null ? List.of() : List.copyOf(codeCoverageWarnings);
        }
    }

    /** One failed test method. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TestFailure(String name, String methodName, String message, String stackTrace) {
    }

    /** A coverage warning, such as a class below 75%. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CoverageWarning(String name, String message) {
    }

    public List<ComponentFailure> componentFailures() {
        return details == null ? List.of() : details.componentFailures();
    }

    public List<TestFailure> testFailures() {
        return details == null || details.runTestResult() == null ? List.of() : details.runTestResult().failures();
    }

    /** Returns the number of tests that ran, from the test run or, when it is absent, the deploy counters. */
    public int testsRun() {
        if (details != null && details.runTestResult() != null && details.runTestResult().numTestsRun() > 0) {
            return details.runTestResult().numTestsRun();
        }
        return numberTestsCompleted + numberTestErrors;
    }

    /** Returns the coverage warnings as {@code Name: message} lines. */
    public List<String> coverageWarnings() {
        List<String> warnings = new ArrayList<>();
        if (details != null && details.runTestResult() != null) {
            for (CoverageWarning warning : details.runTestResult().codeCoverageWarnings()) {
                warnings.add(warning.name() == null ? warning.message() : warning.name() + ": " + warning.message());
            }
        }
        return warnings;
    }

    /** Returns whether the deploy is still running (not done, or in a pending, running or finalizing state). */
    public boolean isRunning() {
        return !done || List.of("Pending", "InProgress", "Canceling", "Finalizing").contains(status);
    }
}
