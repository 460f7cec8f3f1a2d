package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * Parses the Salesforce CLI's JSON. It accepts the shapes older and newer CLIs write: a single object where an array
 * is expected, numbers and booleans given as strings, and fields this code does not know.
 */
public final class SfJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SfJson() {
    }

    /** Returns the shared mapper; it is thread-safe and must not be reconfigured. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Returns the envelope in the CLI's standard output, or empty when the output contains no JSON object (for example
     * plain text on an unknown command). Text before the first <code>{</code>, such as a warning line, is skipped.
     */
    public static Optional<SfEnvelope> parseEnvelope(String stdout) {
        if (stdout == null) {
            return Optional.empty();
        }
        int start = stdout.indexOf('{');
        if (start < 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(stdout.substring(start));
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            return Optional.of(MAPPER.treeToValue(node, SfEnvelope.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Converts a JSON node to the given type with the lenient settings of this parser. */
    public static <T> T convert(JsonNode node, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(node, type);
    }
}
