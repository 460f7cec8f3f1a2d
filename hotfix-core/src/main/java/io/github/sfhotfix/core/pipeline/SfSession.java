package io.github.sfhotfix.core.pipeline;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.policy.PolicyKeys;
import io.github.sfhotfix.core.policy.PolicyLoader;
import io.github.sfhotfix.core.project.SfdxProject;
import io.github.sfhotfix.core.sf.CommitNotes;
import io.github.sfhotfix.core.sf.OrgLogin;
import io.github.sfhotfix.core.sf.SecretMasker;
import io.github.sfhotfix.core.sf.SfCliOptions;
import io.github.sfhotfix.core.sf.SfRunner;
import io.github.sfhotfix.core.validate.HotfixValidator;
import io.github.sfhotfix.core.validate.ValidationRequest;
import io.github.sfhotfix.core.validate.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;

/**
 * The shared state of one Salesforce goal: the repository, the effective policy, the CLI runner with the auth URL
 * masked, and the org alias. Everything is checked when the session opens, before any command runs.
 */
final class SfSession implements AutoCloseable {

    /** The alias an auth URL is logged in as when the policy names no org. */
    static final String DEFAULT_LOGIN_ALIAS = "hotfix-org";

    private static final Pattern SECRET_NAME = Pattern.compile("TOKEN|SECRET|PASSWORD|WEBHOOK|AUTH_URL|_KEY$");

    private final SfGoalRequest request;
    private final GitRepository repository;
    private final Policy policy;
    private final SfRunner runner;
    private final String targetOrg;
    private final Path projectDirectory;

    private SfSession(SfGoalRequest request, GitRepository repository, Policy policy, SfRunner runner,
            String targetOrg, Path projectDirectory) {
        this.request = request;
        this.repository = repository;
        this.policy = policy;
        this.runner = runner;
        this.targetOrg = targetOrg;
        this.projectDirectory = projectDirectory;
    }

    /**
     * Opens the repository and checks the policy and the org settings.
     *
     * @throws RejectedInputException when the policy is invalid or no org is named and no auth URL is set
     * @throws EnvironmentException when the repository or the policy file cannot be read
     */
    static SfSession open(SfGoalRequest request) throws RejectedInputException, EnvironmentException {
        GitRepository repository = GitRepository.open(request.directory());
        try {
            boolean named = request.policyFile() != null;
            Path file = named ? request.policyFile() : repository.workTree().resolve(PolicyLoader.FILE_NAME);
            Policy policy = PolicyLoader.load(file, named, request.overrides());

            String executable = policy.get(PolicyKeys.SF_EXECUTABLE).strip();
            String variable = policy.get(PolicyKeys.SF_AUTH_URL_VARIABLE).strip();
            List<String> problems = new ArrayList<>();
            if (executable.isEmpty()) {
                problems.add("sf.executable is blank: set hotfix.sf.executable to the sf program or its path.");
            }
            if (variable.isEmpty()) {
                problems.add("sf.authUrlVariable is blank: set it to the environment variable that may hold the"
                        + " SFDX auth URL, such as SFDX_AUTH_URL.");
            }
            if (!problems.isEmpty()) {
                throw new RejectedInputException(String.join(System.lineSeparator(), problems));
            }
            String authUrl = request.environment().getOrDefault(variable, "").strip();
            String org = policy.get(PolicyKeys.SF_TARGET_ORG).strip();
            if (org.isEmpty() && authUrl.isEmpty()) {
                throw new RejectedInputException("No org to work on: set hotfix.sf.targetOrg (sf.targetOrg in "
                        + PolicyLoader.FILE_NAME + ") to the alias of an authorized org, or put an SFDX auth URL in"
                        + " the environment variable $" + variable + ".");
            }

            SfCliOptions options = new SfCliOptions(executable,
                    Duration.ofMinutes(policy.get(PolicyKeys.SF_TIMEOUT_MINUTES)), variable);
            SfRunner runner = new SfRunner(options, request.environment(),
                    SecretMasker.of(secretValues(request.environment(), variable)));
            return new SfSession(request, repository, policy, runner, org.isEmpty() ? DEFAULT_LOGIN_ALIAS : org,
                    projectDirectory(request.directory(), repository.workTree()));
        } catch (RejectedInputException | EnvironmentException | RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /**
     * Returns the values of the auth URL variable and of variables whose names suggest a secret (token, secret,
     * password, webhook, key), so that the CLI's output never carries them into a log or message.
     */
    private static List<String> secretValues(Map<String, String> environment, String authUrlVariable) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String name = variable.getKey().toUpperCase(Locale.ROOT);
            if (name.equals(authUrlVariable.toUpperCase(Locale.ROOT)) || SECRET_NAME.matcher(name).find()) {
                values.add(variable.getValue());
            }
        }
        return values;
    }

    /** Returns the Salesforce DX project folder: the request's folder when it has an sfdx-project.json. */
    private static Path projectDirectory(Path directory, Path workTree) {
        Path absolute = directory.toAbsolutePath().normalize();
        return Files.isRegularFile(absolute.resolve(SfdxProject.FILE_NAME)) ? absolute
                : workTree.toAbsolutePath().normalize();
    }

    Policy policy() {
        return policy;
    }

    SfRunner runner() {
        return runner;
    }

    String targetOrg() {
        return targetOrg;
    }

    Path projectDirectory() {
        return projectDirectory;
    }

    Path outputDirectory() {
        return request.outputDirectory();
    }

    boolean dryRun() {
        return request.dryRun();
    }

    boolean confirm() {
        return request.confirm();
    }

    GitRepository repository() {
        return repository;
    }

    int waitMinutes() {
        return policy.get(PolicyKeys.SF_WAIT_MINUTES);
    }

    /** Returns the notes of a notes ref, such as {@code refs/notes/hotfix-deploys}. */
    CommitNotes notes(String notesRef) {
        return new CommitNotes(Git.wrap(repository.jgit()), notesRef);
    }

    /**
     * Returns the path of a repository file relative to the project folder, or empty when the file is outside it.
     */
    Optional<String> projectPath(String repositoryPath) {
        Path file = repository.workTree().toAbsolutePath().resolve(repositoryPath).normalize();
        if (!file.startsWith(projectDirectory)) {
            return Optional.empty();
        }
        return Optional.of(projectDirectory.relativize(file).toString().replace('\\', '/'));
    }

    /** Runs hotfix validation on the same folder, policy file and overrides. */
    ValidationResult validate() throws RejectedInputException, EnvironmentException {
        ValidationRequest validation = ValidationRequest.builder(request.directory())
                .policyFile(request.policyFile())
                .overrides(request.overrides())
                .branch(request.branch())
                .environment(request.environment())
                .outputDirectory(request.outputDirectory())
                .build();
        return new HotfixValidator().validate(validation);
    }

    /** Returns the login step for the org. */
    OrgLogin login() {
        return new OrgLogin(runner, runner.options().authUrlVariable(),
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Logs in with the auth URL when the environment has one, and returns the org to pass as --target-org. */
    String loginToOrg() throws RejectedInputException, EnvironmentException {
        return login().login(targetOrg, request.environment());
    }

    /** Returns the login step as a log line: a login with the auth URL, or the use of an authorized org. */
    String loginStep() {
        String variable = runner.options().authUrlVariable();
        return request.environment().getOrDefault(variable, "").isBlank()
                ? "Using org " + targetOrg + ", which the CLI must already have authorized"
                : "Logging in to org " + targetOrg + " with the auth URL in $" + variable;
    }

    /** Returns the login command a dry run shows, or nothing when the org must already be authorized. */
    List<String> describeLogin() {
        return login().describe(targetOrg, request.environment());
    }

    @Override
    public void close() {
        repository.close();
    }
}
