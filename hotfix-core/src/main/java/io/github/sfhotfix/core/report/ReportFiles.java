package io.github.sfhotfix.core.report;

import io.github.sfhotfix.core.EnvironmentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes the files every report goal leaves behind: its JSON document and the CI step summary. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes a report file into a folder, creating the folder when missing.
     *
     * @param report the report's name in messages, such as {@code validation report}
     */
    public static void write(Path folder, String fileName, String content, String report)
            throws EnvironmentException {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(fileName), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write the " + report + " " + folder.resolve(fileName) + ": "
                    + e.getMessage() + ". Check that the folder is writable.", e);
        }
    }

    /** Appends Markdown to the file a CI system names for its step summary; does nothing when it names none. */
    public static void appendStepSummary(Path stepSummary, String markdown) throws EnvironmentException {
        if (stepSummary == null) {
            return;
        }
        try {
            Files.writeString(stepSummary, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot append the step summary to " + stepSummary + ": "
                    + e.getMessage() + ". Check that the file is writable.", e);
        }
    }
}
