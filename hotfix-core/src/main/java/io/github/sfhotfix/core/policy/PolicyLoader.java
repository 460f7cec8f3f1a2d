package io.github.sfhotfix.core.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads {@code hotfix.yaml} and applies property overrides on top of it. Every unknown key, wrong type and invalid
 * value is collected, so one run reports them all with the file and line.
 */
public final class PolicyLoader {

    /** The policy file's name at the repository root. */
    public static final String FILE_NAME = "hotfix.yaml";

    private static final YAMLFactory YAML = new YAMLFactory();

    private PolicyLoader() {
    }

    /**
     * Loads the effective policy.
     *
     * @param file the policy file; a missing file means defaults unless {@code required} is set
     * @param required true when the user named the file explicitly, so a missing file is an error
     * @param overrides values by key name (such as {@code scope.maxFiles}) from parameters or properties; null
     *     values are ignored
     * @throws RejectedInputException when the file or an override is invalid; the message lists every problem
     * @throws EnvironmentException when the file exists but cannot be read
     */
    public static Policy load(Path file, boolean required, Map<String, String> overrides)
            throws RejectedInputException, EnvironmentException {
        Map<PolicyKey<?>, Object> values = new LinkedHashMap<>();
        Map<PolicyKey<?>, String> sources = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();

        if (file != null && Files.isRegularFile(file)) {
            readFile(file, values, sources, problems);
        } else if (file != null && required) {
            throw new RejectedInputException("Policy file not found: " + file.toAbsolutePath()
                    + ". Create it, or drop -Dhotfix.policy to use hotfix.yaml at the repository root.");
        }
        applyOverrides(overrides, values, sources, problems);

        Policy policy = new Policy(values, sources);
        checkConsistency(policy, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInputException("Invalid hotfix policy:\n  - " + String.join("\n  - ", problems));
        }
        return policy;
    }

    private static void readFile(Path file, Map<PolicyKey<?>, Object> values, Map<PolicyKey<?>, String> sources,
            List<String> problems) throws RejectedInputException, EnvironmentException {
        String display = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read policy file " + file.toAbsolutePath() + ": " + e.getMessage()
                    + ". Check its permissions.", e);
        }

        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(display + " line " + parser.currentTokenLocation().getLineNr()
                        + ": the file must be a map of keys such as 'productionBranch: main', found "
                        + describe(first));
                return;
            }
            readMap(parser, "", display, values, sources, problems);
        } catch (JsonProcessingException e) {
            throw new RejectedInputException(display + " line " + e.getLocation().getLineNr() + ": invalid YAML: "
                    + e.getOriginalMessage() + ". Fix the syntax at that line.");
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read policy file " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void readMap(JsonParser parser, String prefix, String display, Map<PolicyKey<?>, Object> values,
            Map<PolicyKey<?>, String> sources, List<String> problems) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            JsonToken token = parser.nextToken();
            String where = display + " line " + line;

            if (token == JsonToken.START_OBJECT) {
                if (PolicyKeys.find(name) != null) {
                    problems.add(where + ": key '" + name + "' expects " + PolicyKeys.find(name).typeName()
                            + ", found a map");
                    parser.skipChildren();
                } else if (!isKnownSection(name)) {
                    problems.add(where + ": unknown key '" + name + "'. " + knownKeysHint(name));
                    parser.skipChildren();
                } else {
                    readMap(parser, name + ".", display, values, sources, problems);
                }
                continue;
            }

            PolicyKey<?> key = PolicyKeys.find(name);
            if (key == null) {
                problems.add(where + ": unknown key '" + name + "'. " + knownKeysHint(name));
                parser.skipChildren();
                continue;
            }
            readValue(parser, token, key, where, values, sources, problems);
        }
    }

    private static void readValue(JsonParser parser, JsonToken token, PolicyKey<?> key, String where,
            Map<PolicyKey<?>, Object> values, Map<PolicyKey<?>, String> sources, List<String> problems)
            throws IOException {
        if (token == JsonToken.START_ARRAY) {
            if (!key.isList()) {
                problems.add(where + ": key '" + key.name() + "' expects " + key.typeName() + ", found a list");
                parser.skipChildren();
                return;
            }
            List<String> items = new ArrayList<>();
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (!item.isScalarValue() || item == JsonToken.VALUE_NULL) {
                    problems.add(where + ": key '" + key.name() + "' expects a list of text, found "
                            + describe(item) + " in the list");
                    parser.skipChildren();
                    continue;
                }
                items.add(parser.getText());
            }
            values.put(key, key.fromItems(items));
            sources.put(key, where);
            return;
        }

        if (token == JsonToken.VALUE_NULL) {
            problems.add(where + ": key '" + key.name() + "' has no value; give " + key.typeName()
                    + " or remove the line");
            return;
        }
        Object value = key.parse(parser.getText());
        if (value == null || (!key.isList() && parser.getText().isBlank())) {
            problems.add(where + ": key '" + key.name() + "' expects " + key.typeName() + ", found '"
                    + parser.getText() + "'");
            return;
        }
        values.put(key, value);
        sources.put(key, where);
    }

    private static void applyOverrides(Map<String, String> overrides, Map<PolicyKey<?>, Object> values,
            Map<PolicyKey<?>, String> sources, List<String> problems) {
        if (overrides == null) {
            return;
        }
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            PolicyKey<?> key = PolicyKeys.find(entry.getKey());
            if (key == null) {
                problems.add("property hotfix." + entry.getKey() + ": unknown policy key. "
                        + knownKeysHint(entry.getKey()));
                continue;
            }
            Object value = key.parse(entry.getValue());
            if (value == null) {
                problems.add("property " + key.property() + ": expects " + key.typeName() + ", found '"
                        + entry.getValue() + "'");
                continue;
            }
            values.put(key, value);
            sources.put(key, "property " + key.property());
        }
    }

    private static void checkConsistency(Policy policy, List<String> problems) {
        String pattern = policy.tagPattern();
        int first = pattern.indexOf("{version}");
        if (first < 0 || pattern.indexOf("{version}", first + 1) >= 0) {
            problems.add(policy.sourceOf(PolicyKeys.TAG_PATTERN) + ": tagPattern '" + pattern
                    + "' must contain {version} exactly once, such as v{version} or rel/{version}");
        }
        checkBranchName(policy, PolicyKeys.PRODUCTION_BRANCH, problems);
        checkBranchName(policy, PolicyKeys.INTEGRATION_BRANCH, problems);
        if (policy.productionBranch().equals(policy.integrationBranch())) {
            problems.add("productionBranch and integrationBranch are both '" + policy.productionBranch()
                    + "'; set integrationBranch to the branch where planned work is merged");
        }
        if (policy.branchPrefix().isBlank()) {
            problems.add(policy.sourceOf(PolicyKeys.BRANCH_PREFIX) + ": branchPrefix must not be empty, such as"
                    + " hotfix/");
        }
        for (PolicyKey<Integer> key : minimumOne()) {
            if (policy.get(key) < 1) {
                problems.add(policy.sourceOf(key) + ": " + key.name() + " is " + policy.get(key)
                        + " but must be at least 1");
            }
        }
        if (policy.get(PolicyKeys.NOTIFY_WEBHOOK_VARIABLE).isBlank()) {
            problems.add(policy.sourceOf(PolicyKeys.NOTIFY_WEBHOOK_VARIABLE) + ": notify.webhookVariable must name"
                    + " an environment variable, such as HOTFIX_SLACK_WEBHOOK");
        }
        if (policy.hardLimit() > 0 && policy.hardLimit() < policy.maxFiles()) {
            problems.add("scope.hardLimit " + policy.hardLimit() + " is below scope.maxFiles " + policy.maxFiles()
                    + "; raise the hard limit or lower the warning limit");
        }
    }

    private static List<PolicyKey<Integer>> minimumOne() {
        List<PolicyKey<Integer>> keys = new ArrayList<>(List.of(PolicyKeys.TRIAGE_FINANCIAL_THRESHOLD));
        PolicyKeys.tracks().forEach(track -> keys.add(track.minimumApprovals()));
        return keys;
    }

    private static void checkBranchName(Policy policy, PolicyKey<String> key, List<String> problems) {
        String name = policy.get(key);
        if (!Repository.isValidRefName("refs/heads/" + name)) {
            problems.add(policy.sourceOf(key) + ": " + key.name() + " '" + name + "' is not a valid branch name");
        }
    }

    private static boolean isKnownSection(String name) {
        String prefix = name + ".";
        return PolicyKeys.all().stream().anyMatch(key -> key.name().startsWith(prefix));
    }

    private static String knownKeysHint(String name) {
        String section = name.contains(".") ? name.substring(0, name.lastIndexOf('.') + 1) : "";
        List<String> near = new ArrayList<>();
        for (PolicyKey<?> key : PolicyKeys.all()) {
            if (!section.isEmpty() && key.name().startsWith(section)) {
                near.add(key.name());
            }
        }
        if (near.isEmpty()) {
            PolicyKeys.all().forEach(key -> near.add(key.name()));
        }
        return "Known keys: " + String.join(", ", near) + ".";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        switch (token) {
            case START_ARRAY:
                return "a list";
            case START_OBJECT:
                return "a map";
            case VALUE_NULL:
                return "an empty value";
            default:
                return "a single value";
        }
    }
}
