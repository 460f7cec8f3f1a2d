package io.github.sfhotfix.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One configuration key of {@code hotfix.yaml}, with its type, default and documentation. The same key is read from
 * the {@code -Dhotfix.<name>} property.
 *
 * @param <T> the Java type of the value
 */
public final class PolicyKey<T> {

    private final String name;
    private final String typeName;
    private final T defaultValue;
    private final String description;
    private final Function<String, T> parser;
    private final boolean list;

    private PolicyKey(String name, String typeName, T defaultValue, String description, Function<String, T> parser,
            boolean list) {
        this.name = name;
        this.typeName = typeName;
        this.defaultValue = defaultValue;
        this.description = description;
        this.parser = parser;
        this.list = list;
    }

    static PolicyKey<String> text(String name, String defaultValue, String description) {
        return new PolicyKey<>(name, "text", defaultValue, description, value -> value, false);
    }

    static PolicyKey<Integer> number(String name, int defaultValue, String description) {
        return new PolicyKey<>(name, "a whole number of 0 or more", defaultValue, description, PolicyKey::parseCount,
                false);
    }

    static PolicyKey<Boolean> flag(String name, boolean defaultValue, String description) {
        return new PolicyKey<>(name, "true or false", defaultValue, description, PolicyKey::parseBoolean, false);
    }

    static PolicyKey<CheckLevel> level(String name, CheckLevel defaultValue, String description) {
        return new PolicyKey<>(name, "one of error, warning, off", defaultValue, description, CheckLevel::parse,
                false);
    }

    static PolicyKey<BaseMode> baseMode(String name, BaseMode defaultValue, String description) {
        return new PolicyKey<>(name, "one of tag, merge-base", defaultValue, description, BaseMode::parse, false);
    }

    static PolicyKey<TestFallback> testFallback(String name, TestFallback defaultValue, String description) {
        return new PolicyKey<>(name, "one of none, RunLocalTests", defaultValue, description, TestFallback::parse,
                false);
    }

    static PolicyKey<MergeTarget> mergeTarget(String name, MergeTarget defaultValue, String description) {
        return new PolicyKey<>(name, "one of develop, release, both", defaultValue, description, MergeTarget::parse,
                false);
    }

    static PolicyKey<TwoPartVersions> twoPartVersions(String name, TwoPartVersions defaultValue,
            String description) {
        return new PolicyKey<>(name, "one of error, append", defaultValue, description, TwoPartVersions::parse,
                false);
    }

    /**
     * Creates a key whose value is one constant of {@code type}, written as its token and compared ignoring case.
     *
     * @param token the text a user writes for a constant, such as {@code fast-track}
     */
    static <E extends Enum<E>> PolicyKey<E> choice(String name, Class<E> type, E defaultValue,
            Function<E, String> token, String description) {
        List<String> tokens = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            tokens.add(token.apply(constant));
        }
        Function<String, E> parser = text -> {
            for (E constant : type.getEnumConstants()) {
                if (token.apply(constant).equalsIgnoreCase(text.trim())) {
                    return constant;
                }
            }
            return null;
        };
        return new PolicyKey<>(name, "one of " + String.join(", ", tokens), defaultValue, description, parser,
                false);
    }

    /** Creates a whole-number key from {@code min} to {@code max}, where {@link Integer#MAX_VALUE} means no bound. */
    static PolicyKey<Integer> range(String name, int defaultValue, int min, int max, String description) {
        String typeName = max == Integer.MAX_VALUE ? "a whole number of " + min + " or more"
                : "a whole number from " + min + " to " + max;
        return new PolicyKey<>(name, typeName, defaultValue, description, text -> parseRange(text, min, max), false);
    }

    /** Creates a key whose value is one of a fixed set of words, compared ignoring case and kept as listed here. */
    static PolicyKey<String> choice(String name, String defaultValue, List<String> choices, String description) {
        return new PolicyKey<>(name, "one of " + String.join(", ", choices), defaultValue, description,
                text -> choices.stream().filter(choice -> choice.equalsIgnoreCase(text.trim())).findFirst()
                        .orElse(null), false);
    }

    /**
     * Creates a list key whose items may contain commas, such as SOQL queries: a YAML sequence, or items separated by
     * semicolons in a property.
     */
    static PolicyKey<List<String>> semicolonList(String name, List<String> defaultValue, String description) {
        Function<String, List<String>> parser = text -> splitList(text, ";");
        return new PolicyKey<>(name, "a list of text (';' between items in a property)", List.copyOf(defaultValue),
                description, parser, true);
    }

    @SuppressWarnings("unchecked")
    static PolicyKey<List<String>> textList(String name, List<String> defaultValue, String description) {
        Function<String, List<String>> parser = text -> splitList(text, ",");
        return new PolicyKey<>(name, "a list of text", List.copyOf(defaultValue), description, parser, true);
    }

    /** Returns the key as written in {@code hotfix.yaml}, for example {@code scope.maxFiles}. */
    public String name() {
        return name;
    }

    /** Returns the user property that overrides this key, for example {@code hotfix.scope.maxFiles}. */
    public String property() {
        return "hotfix." + name;
    }

    /** Returns the accepted values in words, as used in error messages and the README. */
    public String typeName() {
        return typeName;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** Returns true when the value is a list: a YAML sequence, or comma-separated text in a property. */
    public boolean isList() {
        return list;
    }

    /** Converts text to the key's type; returns null when the text is not a valid value. */
    T parse(String text) {
        return parser.apply(Objects.requireNonNull(text));
    }

    /** Converts YAML sequence items to the key's list type. Only valid for list keys. */
    @SuppressWarnings("unchecked")
    T fromItems(List<String> items) {
        return (T) List.copyOf(items);
    }

    private static Integer parseCount(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean parseBoolean(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (trimmed.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static Integer parseRange(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> splitList(String text, String separator) {
        List<String> items = new ArrayList<>();
        for (String item : Arrays.asList(text.split(Pattern.quote(separator)))) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return List.copyOf(items);
    }

    @Override
    public String toString() {
        return name;
    }
}
