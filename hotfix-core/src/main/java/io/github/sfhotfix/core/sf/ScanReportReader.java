package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads the findings of Code Analyzer v5 and scanner v4 JSON output. */
final class ScanReportReader {

    private ScanReportReader() {
    }

    /** Reads v5 output: {@code violations[]} with {@code locations[primaryLocationIndex]}. */
    static List<ScanViolation> readV5(JsonNode root) {
        List<ScanViolation> violations = new ArrayList<>();
        for (JsonNode violation : elements(root.path("violations"))) {
            List<JsonNode> locations = elements(violation.path("locations"));
            int primary = violation.path("primaryLocationIndex").asInt(0);
            JsonNode location = locations.isEmpty() ? MissingNode.getInstance()
                    : locations.get(Math.min(Math.max(primary, 0), locations.size() - 1));
            violations.add(new ScanViolation(violation.path("rule").asText("unknown rule"),
                    location.path("file").asText("unknown file"), location.path("startLine").asInt(0),
                    violation.path("severity").asInt(5), violation.path("message").asText("")));
        }
        return violations;
    }

    /** Returns the engines v5 reports versions for, without the analyzer itself. */
    static List<String> enginesV5(JsonNode root) {
        List<String> engines = new ArrayList<>();
        Iterator<String> names = root.path("versions").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("code-analyzer")) {
                engines.add(name);
            }
        }
        return engines;
    }

    /** Reads v4 output: an array of {@code {engine, fileName, violations[]}}, bare or as the envelope's result. */
    static List<ScanViolation> readV4(JsonNode root) {
        JsonNode files = root.isObject() && root.has("result") ? root.get("result") : root;
        List<ScanViolation> violations = new ArrayList<>();
        for (JsonNode file : elements(files)) {
            for (JsonNode violation : elements(file.path("violations"))) {
                JsonNode severity = violation.has("normalizedSeverity") ? violation.get("normalizedSeverity")
                        : violation.path("severity");
                violations.add(new ScanViolation(violation.path("ruleName").asText("unknown rule"),
                        file.path("fileName").asText("unknown file"), violation.path("line").asInt(0),
                        severity.asInt(5), violation.path("message").asText("").strip()));
            }
        }
        return violations;
    }

    /** Returns the v4 engines that reported, from the file entries. */
    static List<String> enginesV4(JsonNode root) {
        JsonNode files = root.isObject() && root.has("result") ? root.get("result") : root;
        List<String> engines = new ArrayList<>();
        for (JsonNode file : elements(files)) {
            String engine = file.path("engine").asText("");
            if (!engine.isEmpty() && !engines.contains(engine)) {
                engines.add(engine);
            }
        }
        return engines;
    }

    /** Returns the elements of an array, a single object as one element, or nothing. */
    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(elements::add);
        } else if (node.isObject()) {
            elements.add(node);
        }
        return elements;
    }
}
