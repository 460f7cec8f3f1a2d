package io.github.sfhotfix.core.validate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Inputs and settings of one validation. Build one with {@link #builder(Path)}.
 *
 * @param directory a folder inside the repository; its {@code sfdx-project.json} is used when it has one
 * @param policyFile the policy file, or null for {@code hotfix.yaml} at the repository root
 * @param overrides policy values by key name, from parameters and {@code -Dhotfix.*} properties
 * @param branch the branch name when HEAD is detached, or null
 * @param environment the process environment, for CI branch variables
 * @param outputDirectory where reports and the Apex cache go, such as {@code target/hotfix}; null writes nothing
 */
public record ValidationRequest(Path directory, Path policyFile, Map<String, String> overrides, String branch,
        Map<String, String> environment, Path outputDirectory) {

    public ValidationRequest {
        Objects.requireNonNull(directory, "directory");
        overrides = Map.copyOf(overrides);
        environment = Map.copyOf(environment);
    }

    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /** Collects a request's optional settings. */
    public static final class Builder {

        private final Path directory;
        private Path policyFile;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private String branch;
        private Map<String, String> environment = Map.of();
        private Path outputDirectory;

        private Builder(Path directory) {
            this.directory = directory;
        }

        public Builder policyFile(Path file) {
            this.policyFile = file;
            return this;
        }

        /** Sets one policy key, such as {@code tagPattern}; a null value is ignored. */
        public Builder override(String key, String value) {
            if (value != null) {
                overrides.put(key, value);
            }
            return this;
        }

        public Builder overrides(Map<String, String> values) {
            values.forEach(this::override);
            return this;
        }

        public Builder branch(String name) {
            this.branch = name;
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            this.environment = variables;
            return this;
        }

        public Builder outputDirectory(Path directory) {
            this.outputDirectory = directory;
            return this;
        }

        public ValidationRequest build() {
            return new ValidationRequest(directory, policyFile, overrides, branch, environment, outputDirectory);
        }
    }
}
