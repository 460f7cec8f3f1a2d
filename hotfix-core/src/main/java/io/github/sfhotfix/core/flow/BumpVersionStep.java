package io.github.sfhotfix.core.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.git.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Sets {@code versionNumber} of the default package in {@code sfdx-project.json} to the new version, keeping the
 * build part ({@code 1.2.3.NEXT} becomes {@code 1.2.4.NEXT}), and commits it on the hotfix branch before the merges.
 * Done already when the file carries the new version.
 */
final class BumpVersionStep implements FlowStep {

    static final String FILE_NAME = "sfdx-project.json";

    private static final Pattern VERSION_NUMBER = Pattern.compile("(\"versionNumber\"\\s*:\\s*\")([^\"]*)(\")");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FinishContext context;
    private final String commitSubject;
    private final String newVersionNumber;
    private final String text;
    private final int occurrence;

    private BumpVersionStep(FinishContext context, String commitSubject, String newVersionNumber, String text,
            int occurrence) {
        this.context = context;
        this.commitSubject = commitSubject;
        this.newVersionNumber = newVersionNumber;
        this.text = text;
        this.occurrence = occurrence;
    }

    /**
     * Reads the project file at the hotfix branch's tip and prepares the change, before any write.
     *
     * @throws RejectedInputException when the file, the default package or its versionNumber is missing or invalid
     */
    static BumpVersionStep prepare(FinishContext context, ObjectId hotfixTip, Version version, String subjectPrefix)
            throws RejectedInputException, EnvironmentException {
        GitRepository repository = context.repository;
        byte[] content = repository.readFile(hotfixTip, FILE_NAME).orElseThrow(() -> new RejectedInputException(
                "finish.bumpProjectVersion is true but " + context.hotfixBranch + " has no " + FILE_NAME + " at the"
                        + " repository root. Commit it, or set finish.bumpProjectVersion: false."));
        String text = new String(content, StandardCharsets.UTF_8);
        JsonNode packages;
        try {
            packages = JSON.readTree(text).path("packageDirectories");
        } catch (IOException e) {
            throw new RejectedInputException(FILE_NAME + " on " + context.hotfixBranch + " is not valid JSON: "
                    + e.getMessage() + ". Fix the file, or set finish.bumpProjectVersion: false.", e);
        }
        List<JsonNode> withVersion = new ArrayList<>();
        int defaultIndex = -1;
        for (JsonNode entry : packages) {
            if (entry.hasNonNull("versionNumber")) {
                withVersion.add(entry);
                if (entry.path("default").asBoolean(false) || packages.size() == 1) {
                    defaultIndex = withVersion.size() - 1;
                }
            }
        }
        // NOTE: the text edit finds the n-th "versionNumber" in the file, which is right as long as the key
        // appears only in packageDirectories entries; a different count is rejected below.
        Matcher matcher = VERSION_NUMBER.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        if (defaultIndex < 0 || count != withVersion.size()) {
            throw new RejectedInputException(FILE_NAME + " on " + context.hotfixBranch + " has no default package"
                    + " with a versionNumber (packageDirectories entry with \"default\": true). Add it, or set"
                    + " finish.bumpProjectVersion: false.");
        }
        String current = withVersion.get(defaultIndex).get("versionNumber").asText();
        String[] parts = current.split("\\.");
        if (parts.length != 4) {
            throw new RejectedInputException("versionNumber '" + current + "' in " + FILE_NAME + " is not"
                    + " major.minor.patch.build, such as 1.2.3.NEXT. Fix it, or set finish.bumpProjectVersion: false.");
        }
        List<String> numbers = new ArrayList<>(List.of(version.toString().split("\\.")));
        while (numbers.size() < 3) {
            numbers.add("0");
        }
        String next = String.join(".", numbers.subList(0, 3)) + "." + parts[3];
        return new BumpVersionStep(context, subjectPrefix + " set package version " + next, next, text, defaultIndex);
    }

    @Override
    public String description() {
        return "Set versionNumber of the default package to " + newVersionNumber + " on " + context.hotfixBranch;
    }

    @Override
    public StepResult plan() {
        if (alreadySet()) {
            return StepResult.alreadyDone(description(), FILE_NAME + " has " + newVersionNumber);
        }
        return StepResult.planned(description(), "commit '" + commitSubject + "' on " + context.hotfixBranch);
    }

    @Override
    public StepResult run() throws EnvironmentException {
        if (alreadySet()) {
            return StepResult.alreadyDone(description(), FILE_NAME + " has " + newVersionNumber);
        }
        context.checkout(context.hotfixBranch);
        Path file = context.repository.workTree().resolve(FILE_NAME);
        try {
            Files.writeString(file, replaced(), StandardCharsets.UTF_8);
            context.git.add().addFilepattern(FILE_NAME).call();
            ObjectId commit = context.git.commit().setMessage(commitSubject).call();
            return StepResult.done(description(), "commit " + FlowSupport.abbreviate(commit));
        } catch (IOException e) {
            throw context.failed("write " + file, e);
        } catch (GitAPIException | RuntimeException e) {
            throw context.failed("commit " + FILE_NAME, e);
        }
    }

    private boolean alreadySet() {
        return currentValue().equals(newVersionNumber);
    }

    private String currentValue() {
        Matcher matcher = VERSION_NUMBER.matcher(text);
        for (int i = 0; i <= occurrence; i++) {
            matcher.find();
        }
        return matcher.group(2);
    }

    private String replaced() {
        Matcher matcher = VERSION_NUMBER.matcher(text);
        for (int i = 0; i <= occurrence; i++) {
            matcher.find();
        }
        return text.substring(0, matcher.start(2)) + newVersionNumber + text.substring(matcher.end(2));
    }
}
