package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.util.Optional;

/** Runs a SOQL query with {@code sf data query} and returns its {@code totalSize}, the record count. */
final class SoqlCount {

    private final SfRunner runner;
    private final String targetOrg;

    SoqlCount(SfRunner runner, String targetOrg) {
        this.runner = runner;
        this.targetOrg = targetOrg;
    }

    SfCommand command(String soql) {
        return SfCommand.builder("data", "query")
                .option("--query", soql)
                .targetOrg(targetOrg)
                .flag("--json")
                .build();
    }

    /**
     * Returns the number of records the query matches.
     *
     * @param configurationKey the configuration key of the query, named in the message of an invalid query
     * @throws RejectedInputException when Salesforce rejects the query
     * @throws EnvironmentException when the CLI fails or prints no count
     */
    int count(String soql, String configurationKey) throws RejectedInputException, EnvironmentException {
        SfResult result = runner.run(command(soql));
        Optional<JsonNode> total = result.json().flatMap(SfEnvelope::resultNode).map(node -> node.get("totalSize"));
        int count = total.map(node -> node.asInt(-1)).orElse(-1);
        if (result.exitCode() == 0 && count >= 0) {
            return count;
        }
        if (result.isError("MALFORMED_QUERY") || result.isError("INVALID_FIELD") || result.isError("INVALID_TYPE")) {
            throw new RejectedInputException("Salesforce rejected the query \"" + soql + "\" (" + configurationKey
                    + "): " + result.envelope().message() + ". Correct the query, for example SELECT COUNT() FROM"
                    + " Account.");
        }
        throw result.environmentFailure("Counting records in org " + targetOrg + " failed");
    }
}
