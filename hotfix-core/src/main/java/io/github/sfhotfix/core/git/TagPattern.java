package io.github.sfhotfix.core.git;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A production tag naming scheme such as {@code v{version}} or {@code rel/{version}}. A tag matches only when its
 * whole name fits, so pre-releases such as {@code v1.3.0-rc1} never match.
 */
public final class TagPattern {

    private static final String PLACEHOLDER = "{version}";

    private final String pattern;
    private final Pattern regex;

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException when the pattern does not contain {@code {version}} exactly once
     */
    public TagPattern(String pattern) {
        int at = pattern.indexOf(PLACEHOLDER);
        if (at < 0 || pattern.indexOf(PLACEHOLDER, at + 1) >= 0) {
            throw new IllegalArgumentException("Tag pattern '" + pattern + "' must contain {version} exactly once");
        }
        this.pattern = pattern;
        String before = Pattern.quote(pattern.substring(0, at));
        String after = pattern.substring(at + PLACEHOLDER.length());
        this.regex = Pattern.compile(before + "(\\d+(?:\\.\\d+)+)" + (after.isEmpty() ? "" : Pattern.quote(after)));
    }

    /** Returns the version a tag name carries, or empty when the name does not fit the pattern. */
    public Optional<Version> versionOf(String tagName) {
        Matcher matcher = regex.matcher(tagName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Version.parse(matcher.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Returns the tag name for a version: {@code v{version}} and 1.2.4 give {@code v1.2.4}. */
    public String tagName(Version version) {
        return pattern.replace(PLACEHOLDER, version.toString());
    }

    @Override
    public String toString() {
        return pattern;
    }
}
