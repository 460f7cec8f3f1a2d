package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.sfhotfix.core.EnvironmentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A validated (check-only) deploy, written after validation so that the production deploy can quick-deploy the same
 * commit. Usually stored at {@code target/hotfix/deploy.json}.
 *
 * @param deployId the validated deploy id
 * @param commitId the commit whose sources were validated
 * @param validatedAt when the validation finished, ISO-8601 UTC
 * @param targetOrg the org the validation ran against
 * @param testLevel the test level, as the CLI spells it
 * @param tests the tests that were requested
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeployRecord(
        String deployId, String commitId, String validatedAt, String targetOrg, String testLevel, List<String> tests) {

    /** Salesforce accepts a quick deploy of a validation up to 10 days old. */
    public static final Duration QUICK_DEPLOY_LIMIT = Duration.ofDays(10);

    public DeployRecord {
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /** Writes the record as JSON, creating the parent folders. */
    public void write(Path file) throws EnvironmentException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SfJson.mapper().writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new EnvironmentException("Writing the deploy record " + file + " failed: " + e.getMessage());
        }
    }

    /** Reads a record, or returns empty when the file does not exist. */
    public static Optional<DeployRecord> read(Path file) throws EnvironmentException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SfJson.mapper().readValue(file.toFile(), DeployRecord.class));
        } catch (IOException e) {
            throw new EnvironmentException("The deploy record " + file + " is unreadable (" + e.getMessage()
                    + "). Delete it and validate again.");
        }
    }

    /**
     * Returns why this record cannot be quick-deployed for the commit and org at the given time, or empty when it can:
     * same commit, same org, and younger than {@link #QUICK_DEPLOY_LIMIT}.
     */
    public Optional<String> quickDeployObstacle(String commit, String org, Instant now) {
        return quickDeployObstacle(commit, org, now, QUICK_DEPLOY_LIMIT);
    }

    /**
     * Returns why this record cannot be quick-deployed, or empty when it can: same commit, same org, and younger than
     * {@code maxAge}, which is capped at {@link #QUICK_DEPLOY_LIMIT}.
     */
    public Optional<String> quickDeployObstacle(String commit, String org, Instant now, Duration maxAge) {
        Duration limit = maxAge.compareTo(QUICK_DEPLOY_LIMIT) > 0 ? QUICK_DEPLOY_LIMIT : maxAge;
        if (!commit.equals(commitId)) {
            return Optional.of("the validation was for commit " + commitId + ", not " + commit);
        }
        if (!org.equals(targetOrg)) {
            return Optional.of("the validation ran against org " + targetOrg + ", not " + org);
        }
        Instant validated;
        try {
            validated = Instant.parse(validatedAt);
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.of("the validation time '" + validatedAt + "' is unreadable");
        }
        if (Duration.between(validated, now).compareTo(limit) >= 0) {
            return Optional.of("the validation from " + validatedAt + " is older than " + limit.toDays() + " days");
        }
        return Optional.empty();
    }

    @JsonIgnore
    public Instant validatedInstant() {
        return Instant.parse(validatedAt);
    }
}
