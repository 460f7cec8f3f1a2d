package io.github.sfhotfix.core.docs;

import io.github.sfhotfix.core.EnvironmentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds hotfix entries to a {@code CHANGELOG.md} in the Keep a Changelog form. A new entry goes below the header and
 * any {@code [Unreleased]} section, above the older versions. Adding a version whose heading already exists changes
 * nothing.
 */
public final class Changelog {

    /** Header of a new changelog file. */
    public static final String HEADER = "# Changelog\n\n"
            + "All notable changes to this project are documented in this file.\n\n"
            + "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),\n"
            + "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n";

    private static final Pattern LEVEL_TWO_HEADING = Pattern.compile("(?m)^## ");
    private static final Pattern UNRELEASED = Pattern.compile("(?mi)^## \\[?Unreleased\\]?[ \\t]*$");

    private Changelog() {
    }

    /**
     * Returns {@code existing} with {@code entry} inserted, or empty when the version's heading is already present.
     *
     * @param text current changelog text; blank when the file is missing or empty, which gives a new file with the
     *     standard header
     */
    public static Optional<String> insert(String text, ChangelogEntry entry) {
        if (text.isBlank()) {
            return Optional.of(HEADER + entry.render());
        }

        if (containsVersion(text, entry.version())) {
            return Optional.empty();
        }
        String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
        String rendered = entry.render().replace("\n", lineBreak);
        int position = insertPosition(text);
        if (position == text.length()) {
            String separator = text.endsWith(lineBreak + lineBreak) ? ""
                    : text.endsWith(lineBreak) ? lineBreak : lineBreak + lineBreak;
            return Optional.of(text + separator + rendered);
        }
        return Optional.of(text.substring(0, position) + rendered + text.substring(position));
    }

    /**
     * Adds {@code entry} to {@code file}, creating the file with the standard header when it is missing.
     *
     * @return true when the entry was added, false when the version was already present and the file was left as is
     */
    public static boolean addTo(Path file, ChangelogEntry entry) throws EnvironmentException {
        try {
            String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Optional<String> updated = insert(existing, entry);
            if (updated.isEmpty()) {
                return false;
            }
            Files.writeString(file, updated.get(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new EnvironmentException("Failed to update the changelog " + file + ": " + e.getMessage()
                    + ". Check that the file is readable and writable.", e);
        }
    }

    /** Returns whether {@code text} has a heading of {@code version}, with or without brackets or a {@code v}. */
    public static boolean containsVersion(String text, String version) {
        Pattern heading = Pattern.compile("(?m)^## \\[?v?" + Pattern.quote(version) + "\\]?(?:[ \\t]|$)");
        return heading.matcher(text).find();
    }

    private static int insertPosition(String text) {
        Matcher unreleased = UNRELEASED.matcher(text);
        int searchFrom = unreleased.find() ? unreleased.end() : 0;
        Matcher next = LEVEL_TWO_HEADING.matcher(text);
        return next.find(searchFrom) ? next.start() : text.length();
    }
}
