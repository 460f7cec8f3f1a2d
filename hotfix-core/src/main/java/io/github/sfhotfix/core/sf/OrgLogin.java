package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an org alias usable by the CLI: when the environment contains an SFDX auth URL, logs in with it under the alias;
 * otherwise the alias must already be authorized. The auth URL goes to the CLI in a file that only the user can read
 * and that is deleted afterwards, and it never appears in a log or message.
 */
public final class OrgLogin {

    private static final Logger LOG = LoggerFactory.getLogger(OrgLogin.class);

    private final SfRunner runner;
    private final String authUrlVariable;
    private final Path temporaryFolder;

    /**
     * Creates the login step.
     *
     * @param runner the CLI runner
     * @param authUrlVariable the environment variable that may hold the auth URL
     * @param temporaryFolder where the short-lived auth file is written
     */
    public OrgLogin(SfRunner runner, String authUrlVariable, Path temporaryFolder) {
        this.runner = runner;
        this.authUrlVariable = authUrlVariable;
        this.temporaryFolder = temporaryFolder;
    }

    /** Returns the command that logs in, with a placeholder for the auth file, for a dry run. */
    public List<String> describe(String alias, Map<String, String> environment) {
        if (authUrl(environment).isEmpty()) {
            return List.of();
        }
        return List.of(loginCommand(Path.of("<file holding $" + authUrlVariable + ">"), alias).describe());
    }

    /**
     * Logs in under the alias when the environment contains an auth URL, and returns the alias to pass as
     * {@code --target-org}.
     *
     * @throws RejectedInputException when the alias is blank or the CLI rejects the auth URL
     * @throws EnvironmentException when the auth file cannot be written or the CLI fails otherwise
     */
    public String login(String alias, Map<String, String> environment)
            throws RejectedInputException, EnvironmentException {
        if (alias == null || alias.isBlank()) {
            throw new RejectedInputException("The org alias is blank: set hotfix.sf.targetOrg to the alias of an"
                    + " authorized org, or to the alias to create from $" + authUrlVariable + ".");
        }
        String authUrl = authUrl(environment);
        if (authUrl.isEmpty()) {
            LOG.debug("${} is not set, so org {} must already be authorized", authUrlVariable, alias);
            return alias;
        }

        Path authFile = writeAuthFile(authUrl);
        try {
            SfResult result = runner.withSecrets(List.of(authUrl)).run(loginCommand(authFile, alias));
            if (result.exitCode() == 0) {
                LOG.debug("Logged in to org {} with the auth URL from ${}", alias, authUrlVariable);
                return alias;
            }
            if (result.isError("INVALID_SFDX_AUTH_URL")) {
                throw new RejectedInputException("The SFDX auth URL in $" + authUrlVariable + " is invalid. Set it"
                        + " to the output of `sf org display --verbose --target-org <org>` (the Sfdx Auth Url line),"
                        + " which starts with force://.");
            }
            throw result.environmentFailure("Logging in to org " + alias + " with $" + authUrlVariable + " failed");
        } finally {
            deleteQuietly(authFile);
        }
    }

    private String authUrl(Map<String, String> environment) {
        String value = environment.get(authUrlVariable);
        return value == null ? "" : value.strip();
    }

    private SfCommand loginCommand(Path authFile, String alias) {
        return SfCommand.builder("org", "login", "sfdx-url")
                .option("--sfdx-url-file", authFile.toString())
                .option("--alias", alias)
                .flag("--json")
                .build();
    }

    private Path writeAuthFile(String authUrl) throws EnvironmentException {
        try {
            Files.createDirectories(temporaryFolder);
            Path file = Files.createTempFile(temporaryFolder, "sf-auth-", ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, authUrl, StandardCharsets.UTF_8);
            return file;
        } catch (IOException | UnsupportedOperationException e) {
            throw new EnvironmentException("Writing the temporary auth file in " + temporaryFolder + " failed ("
                    + e.getClass().getSimpleName() + "). Check that the folder is writable on a POSIX file system.");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Deleting the temporary auth file {} failed: {}. Delete it by hand.", file, e.getMessage());
        }
    }
}
