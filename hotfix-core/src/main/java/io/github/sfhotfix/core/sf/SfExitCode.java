package io.github.sfhotfix.core.sf;

/** The exit codes of the Salesforce CLI (version 2) and what each means for the command that ended with it. */
public enum SfExitCode {

    SUCCESS(0, "the command succeeded"),
    FAILURE(1, "the command failed: a failed or canceled deploy, a failed validation, a client timeout, missing tests"
            + " or an invalid flag value"),
    FLAG_ERROR(2, "the command line was rejected: a nonexistent or conflicting flag, a --wait below 1, or an org alias"
            + " the CLI has no authorization for"),
    NETWORK_FAILURE(10, "the CLI could not reach Salesforce: check the network, a proxy, and the org's instance URL"),
    SERVER_ERROR(20, "Salesforce returned an internal server error: retry, and check the Salesforce status page if it"
            + " persists"),
    PARTIAL_SUCCESS(68, "the deploy partly succeeded: some components were not deployed"),
    IN_PROGRESS(69, "the deploy is still in progress, pending or canceling"),
    TEST_FAILURES(100, "Apex tests failed"),
    COMMAND_NOT_FOUND(127, "the command was not found: the CLI is missing or too old, or a plugin is not installed"),
    UNKNOWN(-1, "the CLI ended with an exit code it does not document");

    private final int code;
    private final String meaning;

    SfExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** Returns the exit code, or -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Returns the constant for a process exit code; codes the CLI does not document map to {@link #UNKNOWN}. */
    public static SfExitCode of(int exitCode) {
        for (SfExitCode value : values()) {
            if (value.code == exitCode && value != UNKNOWN) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
