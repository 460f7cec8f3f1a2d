package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The JSON object that {@code sf ... --json} prints: a success carries {@code result}, an error carries
 * {@code name}, {@code message} and sometimes {@code data}. Both carry {@code status} (the exit code) and
 * {@code warnings}.
 *
 * @param status the exit code the CLI reported in the JSON
 * @param result the command's result, or {@code null} for an error
 * @param warnings the CLI's warnings
 * @param name the error name, such as {@code FailedValidationError}, or {@code null} for a success
 * @param message the error message, or {@code null} for a success
 * @param data error details, such as {@code deployId}, or {@code null}
 * @param actions the CLI's suggested next steps for an error
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SfEnvelope(
        Integer status,
        JsonNode result,
        List<String> warnings,
        String name,
        String message,
        JsonNode data,
        List<String> actions) {

    public SfEnvelope {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** Returns whether this is an error envelope (it has an error name and no result). */
    public boolean isError() {
        return name != null && (result == null || result.isNull());
    }

    public Optional<JsonNode> resultNode() {
        return result == null || result.isNull() ? Optional.empty() : Optional.of(result);
    }

    /** Returns a text field of {@code data}, such as {@code deployId}. */
    public Optional<String> dataText(String field) {
        if (data == null || !data.hasNonNull(field)) {
            return Optional.empty();
        }
        return Optional.of(data.get(field).asText());
    }

    /** Returns whether the error has the given name. */
    public boolean isNamed(String errorName) {
        return errorName.equals(name);
    }
}
