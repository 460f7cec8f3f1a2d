package io.github.sfhotfix.core.apex;

import io.github.sfhotfix.core.RejectedInputException;
import java.util.List;

/**
 * Options of {@link AffectedTestSelector}.
 *
 * @param namingConventions test class name patterns, each containing {@code {name}} for the changed class name and
 *     compared ignoring case, default {@link #DEFAULT_NAMING_CONVENTIONS}
 * @param depth how many reference hops a test may be from a changed class, default 1. Depth 1 selects tests that
 *     reference the changed class directly. Depth 2 also selects tests of the classes that reference it.
 */
public record TestSelectionOptions(List<String> namingConventions, int depth) {

    /** Naming conventions used when none are configured. */
    public static final List<String> DEFAULT_NAMING_CONVENTIONS =
            List.of("{name}Test", "{name}_Test", "{name}Tests", "{name}_Tests");

    /** Placeholder for the changed class name in a naming convention. */
    public static final String NAME_PLACEHOLDER = "{name}";

    /** Largest accepted depth; deeper chains select most of a project's tests anyway. */
    public static final int MAX_DEPTH = 10;

    /**
     * @throws IllegalArgumentException when a convention lacks {@code {name}} or the depth is out of range. Use
     *     {@link #of} to get a {@link RejectedInputException} for user input.
     */
    public TestSelectionOptions {
        namingConventions = List.copyOf(namingConventions);
        String problem = validate(namingConventions, depth);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Returns the default options: the four default naming conventions and depth 1. */
    public static TestSelectionOptions defaults() {
        return new TestSelectionOptions(DEFAULT_NAMING_CONVENTIONS, 1);
    }

    /**
     * Creates options from user configuration.
     *
     * @throws RejectedInputException naming the invalid convention or depth and the fix
     */
    public static TestSelectionOptions of(List<String> namingConventions, int depth) throws RejectedInputException {
        String problem = validate(List.copyOf(namingConventions), depth);
        if (problem != null) {
            throw new RejectedInputException(problem);
        }
        return new TestSelectionOptions(namingConventions, depth);
    }

    private static String validate(List<String> namingConventions, int depth) {
        for (String convention : namingConventions) {
            if (!convention.contains(NAME_PLACEHOLDER)) {
                return "Invalid test naming convention '" + convention + "': it must contain " + NAME_PLACEHOLDER
                        + " where the class name goes, such as {name}Test.";
            }
            if (!convention.replace(NAME_PLACEHOLDER, "").matches("[A-Za-z0-9_]*")) {
                return "Invalid test naming convention '" + convention + "': around " + NAME_PLACEHOLDER
                        + " only letters, digits and underscores can appear in an Apex class name.";
            }
        }
        if (depth < 1 || depth > MAX_DEPTH) {
            return "Invalid test selection depth " + depth + ": expected 1 (tests that reference a changed class) "
                    + "up to " + MAX_DEPTH + ".";
        }
        return null;
    }
}
