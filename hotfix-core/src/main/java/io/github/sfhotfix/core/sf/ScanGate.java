package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Salesforce Code Analyzer on the changed files and fails on findings at or above a severity. The v5 command has
 * no {@code --json} flag, so the gate reads the JSON file the analyzer writes. A scan in which no engine ran while
 * Apex files were given fails, because it proves nothing.
 */
public final class ScanGate implements SfOperation {

    private static final Logger LOG = LoggerFactory.getLogger(ScanGate.class);
    private static final String REPORT_NAME = "scan.json";

    private final SfRunner runner;
    private final Path projectDirectory;
    private final List<String> files;
    private final Path outputDirectory;
    private final ScanOptions options;

    /**
     * Creates the gate.
     *
     * @param projectDirectory the project root; the analyzer runs there
     * @param files the files to scan, relative to the project root
     * @param outputDirectory where {@code scan.json} is written
     */
    public ScanGate(SfRunner runner, Path projectDirectory, List<String> files, Path outputDirectory,
            ScanOptions options) {
        this.runner = runner;
        this.projectDirectory = projectDirectory;
        this.files = List.copyOf(files);
        this.outputDirectory = outputDirectory;
        this.options = options;
    }

    @Override
    public List<String> describe() {
        return files.isEmpty() ? List.of() : List.of(command().describe());
    }

    /**
     * Scans the files.
     *
     * @throws RejectedInputException when a file does not exist, a finding reaches the severity threshold (all of them
     *     listed), or no engine scanned the Apex files given
     * @throws EnvironmentException when the analyzer fails or writes no readable report
     */
    public ScanOutcome run() throws RejectedInputException, EnvironmentException {
        checkFiles();
        Path report = outputDirectory.resolve(REPORT_NAME);
        if (files.isEmpty()) {
            LOG.debug("No files to scan");
            return new ScanOutcome(0, List.of(), List.of(), report);
        }
        prepareOutput(report);

        SfResult result = runner.run(command());
        if (result.exitCode() != 0) {
            throw result.environmentFailure("Code Analyzer failed on " + files.size() + " file(s)");
        }
        JsonNode root = readReport(report, result);
        boolean v5 = options.format() == ScanOptions.Format.CODE_ANALYZER_V5;
        List<ScanViolation> violations = v5 ? ScanReportReader.readV5(root) : ScanReportReader.readV4(root);
        List<String> engines = v5 ? ScanReportReader.enginesV5(root) : ScanReportReader.enginesV4(root);

        long apexFiles = files.stream().filter(ScanGate::isApex).count();
        // NOTE: v4 lists only files with findings, so a clean v4 scan cannot be distinguished from one that scanned
        // nothing; the zero-files check applies to v5, which names every engine that ran.
        if (v5 && apexFiles > 0 && engines.isEmpty()) {
            throw new RejectedInputException("Code Analyzer scanned zero files although " + apexFiles
                    + " Apex file(s) were given (no engine ran; report " + report + "). Check that the files are"
                    + " inside the workspace and that the rule selector includes Apex rules.");
        }
        List<ScanViolation> blocking = violations.stream()
                .filter(violation -> violation.severity() <= options.severityThreshold()).toList();
        if (!blocking.isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add("Code scan found " + blocking.size() + " violation(s) at severity " + options.severityThreshold()
                    + " or more severe (1 is critical):");
            blocking.forEach(violation -> lines.add("  " + violation.describe()));
            lines.add("Fix them, or suppress a false positive in the code with a justification. Report: " + report);
            throw new RejectedInputException(String.join(System.lineSeparator(), lines));
        }
        LOG.debug("Code scan of {} file(s) by {} found {} violation(s) below the threshold", files.size(), engines,
                violations.size());
        return new ScanOutcome(files.size(), engines, violations, report);
    }

    private SfCommand command() {
        Path report = outputDirectory.resolve(REPORT_NAME);
        if (options.format() == ScanOptions.Format.SCANNER_V4) {
            return SfCommand.builder("scanner", "run")
                    .option("--target", String.join(",", files))
                    .option("--format", "json")
                    .option("--outfile", report.toString())
                    .workingDirectory(projectDirectory)
                    .build();
        }
        return SfCommand.builder("code-analyzer", "run")
                .options("--target", files)
                .option("--output-file", report.toString())
                .workingDirectory(projectDirectory)
                .build();
    }

    private void checkFiles() throws RejectedInputException {
        List<String> missing = files.stream().filter(file -> !Files.exists(projectDirectory.resolve(file))).toList();
        if (!missing.isEmpty()) {
            throw new RejectedInputException("Files to scan do not exist in " + projectDirectory + ": " + missing
                    + ". Give paths relative to the project root, and leave deleted files out of the scan.");
        }
    }

    private static void prepareOutput(Path report) throws EnvironmentException {
        try {
            Files.createDirectories(report.getParent());
            Files.deleteIfExists(report);
        } catch (IOException e) {
            throw new EnvironmentException("Preparing the scan output " + report + " failed: " + e.getMessage(), e);
        }
    }

    private static JsonNode readReport(Path report, SfResult result) throws EnvironmentException {
        if (!Files.isRegularFile(report)) {
            throw new EnvironmentException("Code Analyzer wrote no report at " + report + " (`"
                    + result.commandLine() + "`). Check that the code-analyzer plugin is installed: `sf plugins"
                    + " install code-analyzer`.");
        }
        try {
            return SfJson.mapper().readTree(report.toFile());
        } catch (IOException e) {
            throw new EnvironmentException("The Code Analyzer report " + report + " is not valid JSON: "
                    + e.getMessage(), e);
        }
    }

    private static boolean isApex(String file) {
        return file.endsWith(".cls") || file.endsWith(".trigger");
    }
}
