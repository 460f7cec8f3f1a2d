package io.github.sfhotfix.core.policy;

import io.github.sfhotfix.core.notify.NotificationOptions;
import io.github.sfhotfix.core.notify.WebhookFormat;
import io.github.sfhotfix.core.triage.Track;
import java.util.ArrayList;
import java.util.List;

/** Every key {@code hotfix.yaml} accepts, with its default. The README's configuration table lists the same keys. */
public final class PolicyKeys {

    public static final PolicyKey<String> PRODUCTION_BRANCH = PolicyKey.text("productionBranch", "main",
            "Branch that holds what is in production; hotfixes merge into it.");
    public static final PolicyKey<String> INTEGRATION_BRANCH = PolicyKey.text("integrationBranch", "develop",
            "Branch where planned work is integrated; a hotfix must not contain its unreleased commits.");
    public static final PolicyKey<String> BRANCH_PREFIX = PolicyKey.text("branchPrefix", "hotfix/",
            "Prefix of every hotfix branch name.");
    public static final PolicyKey<String> TAG_PATTERN = PolicyKey.text("tagPattern", "v{version}",
            "Production tag names; {version} stands for a numeric version of two or more parts (1.2.3, 3.236)."
                    + " Pre-releases such as v1.3.0-rc1 never match.");
    public static final PolicyKey<BaseMode> BASE = PolicyKey.baseMode("base", BaseMode.TAG,
            "Start of the change set: the production tag, or the merge base with the production branch.");
    public static final PolicyKey<Boolean> BRANCH_REQUIRE_ISSUE = PolicyKey.flag("branch.requireIssueKey", false,
            "Require an issue key (#123 or ABC-123) in the branch name, such as hotfix/PAY-123-fix-rounding.");
    public static final PolicyKey<Integer> SCOPE_MAX_FILES = PolicyKey.number("scope.maxFiles", 5,
            "Warn when more deployable files than this changed.");
    public static final PolicyKey<Integer> SCOPE_HARD_LIMIT = PolicyKey.number("scope.hardLimit", 0,
            "Fail when more deployable files than this changed; 0 means no hard limit.");
    public static final PolicyKey<List<String>> SCOPE_ALLOWED_PATHS = PolicyKey.textList("scope.allowedPaths",
            List.of(), "Glob patterns of the paths a hotfix may change, such as force-app/main/default/classes/**;"
                    + " empty allows every path.");
    public static final PolicyKey<String> COMMITS_SUBJECT_PREFIX = PolicyKey.text("commits.subjectPrefix", "hotfix:",
            "Prefix of every commit subject on the hotfix branch (merge commits excepted).");
    public static final PolicyKey<CheckLevel> COMMITS_ISSUE = PolicyKey.level("commits.issue", CheckLevel.ERROR,
            "Level of a commit without an issue reference (Issue: trailer, #123 or ABC-123 in the message).");
    public static final PolicyKey<CheckLevel> COMMITS_SEVERITY = PolicyKey.level("commits.severity",
            CheckLevel.WARNING, "Level of a commit without a severity (Severity: trailer or 'Severity: high' in the"
                    + " body).");
    public static final PolicyKey<List<String>> TESTS_CONVENTIONS = PolicyKey.textList("tests.conventions",
            List.of("{name}Test", "{name}_Test", "{name}Tests", "{name}_Tests"),
            "Test class names that cover a class {name}, compared ignoring case.");
    public static final PolicyKey<Integer> TESTS_DEPTH = PolicyKey.number("tests.depth", 1,
            "How many reference hops from a changed class a selected test may be; 1 selects direct references.");
    public static final PolicyKey<TestFallback> TESTS_FALLBACK = PolicyKey.testFallback("tests.fallback",
            TestFallback.NONE, "When changed Apex has no test: none fails validation, RunLocalTests deploys with"
                    + " all local tests and warns.");
    public static final PolicyKey<Boolean> TESTS_STRING_REFERENCES = PolicyKey.flag("tests.stringReferences", false,
            "Also select a test that names a changed class only in a string literal, such as"
                    + " Type.forName('AccountHandler') or a trigger handler setting.");
    public static final PolicyKey<Boolean> FAIL_ON_WARNING = PolicyKey.flag("failOnWarning", false,
            "Treat warnings as errors.");
    public static final PolicyKey<String> RELEASE_BRANCH_PREFIX = PolicyKey.text("releaseBranchPrefix", "release/",
            "Prefix of in-flight release branches, which hotfix:finish merges into as finish.mergeInto says.");
    public static final PolicyKey<String> REMOTE = PolicyKey.text("remote", "origin",
            "Remote that hotfix:finish pushes to and whose remote-tracking branches count as existing branches.");
    public static final PolicyKey<Boolean> START_SINGLE_HOTFIX = PolicyKey.flag("start.singleHotfix", false,
            "Reject hotfix:start while another open hotfix branch starts from the same tag; false only warns.");
    public static final PolicyKey<MergeTarget> FINISH_MERGE_INTO = PolicyKey.mergeTarget("finish.mergeInto",
            MergeTarget.BOTH, "Where hotfix:finish merges after the production branch: develop (integration"
                    + " branch), release (the in-flight release branch, else develop) or both.");
    public static final PolicyKey<TwoPartVersions> FINISH_TWO_PART_VERSIONS = PolicyKey.twoPartVersions(
            "finish.twoPartVersions", TwoPartVersions.ERROR, "When the production tag has two parts (rel/3.236):"
                    + " error rejects hotfix:finish, append tags 3.236.1.");
    public static final PolicyKey<Boolean> FINISH_BUMP_PROJECT_VERSION = PolicyKey.flag(
            "finish.bumpProjectVersion", false, "Commit the new version as versionNumber of the default package in"
                    + " sfdx-project.json on the hotfix branch before merging.");
    public static final PolicyKey<CheckLevel> RECONCILE_MISSING_TAG = PolicyKey.level("reconcile.missingTag",
            CheckLevel.ERROR, "Level of a production tag whose changes are missing from the integration branch.");
    public static final PolicyKey<Integer> TRIAGE_FINANCIAL_THRESHOLD = PolicyKey.number(
            "triage.financialImpactThreshold", 10_000, "Loss per hour, in whole currency units, above which an"
                    + " incident qualifies as an emergency; at least 1.");
    public static final PolicyKey<Track> TRIAGE_DEFAULT_TRACK = PolicyKey.choice("triage.defaultTrack", Track.class,
            Track.FAST_TRACK, TrackKeys::token, "Track of a hotfix with no triage note on its commits, for the"
                    + " approval gate and the deploy goals.");
    public static final TrackKeys TRACKS_EMERGENCY = TrackKeys.of("emergency", Track.EMERGENCY_HOTFIX);
    public static final TrackKeys TRACKS_FAST_TRACK = TrackKeys.of("fastTrack", Track.FAST_TRACK);
    public static final TrackKeys TRACKS_REGULAR = TrackKeys.of("regular", Track.REGULAR_RELEASE);
    public static final PolicyKey<List<String>> APPROVAL_APPROVERS = PolicyKey.textList("approval.approvers",
            List.of(), "Names or emails of the people who may approve, compared ignoring case; empty lets anyone"
                    + " but the commit's author approve.");
    public static final PolicyKey<WebhookFormat> NOTIFY_FORMAT = PolicyKey.choice("notify.format",
            WebhookFormat.class, WebhookFormat.SLACK, TrackKeys::token, "Body of notifications: slack (incoming"
                    + " webhook, coloured by outcome) or json (generic JSON webhook).");
    public static final PolicyKey<String> NOTIFY_WEBHOOK_VARIABLE = PolicyKey.text("notify.webhookVariable",
            NotificationOptions.DEFAULT_WEBHOOK_VARIABLE, "Environment variable that contains the webhook URL;"
                    + " notifications are sent only when it is set.");
    public static final PolicyKey<Boolean> NOTIFY_FAILURES_FATAL = PolicyKey.flag("notify.failuresFatal", false,
            "Fail the goal when a notification cannot be sent; false only warns.");
    public static final PolicyKey<Boolean> FINISH_CHANGELOG = PolicyKey.flag("finish.changelog", true,
            "Commit the new version's changelog entry on the hotfix branch before hotfix:finish merges it.");
    public static final PolicyKey<String> CHANGELOG_PATH = PolicyKey.text("changelog.path", "CHANGELOG.md",
            "Changelog file, relative to the repository root.");
    public static final PolicyKey<Integer> STATUS_GRACE_BUSINESS_DAYS = PolicyKey.number("status.graceBusinessDays",
            2, "Business days after a hotfix tag before an unmet obligation is overdue and hotfix:status fails.");
    public static final PolicyKey<Integer> STATUS_DAYS = PolicyKey.number("status.days", 30,
            "How many days back hotfix:status looks for production tags.");
    public static final PolicyKey<String> SF_EXECUTABLE = PolicyKey.text("sf.executable", "sf",
            "The Salesforce CLI program: a name looked up on the PATH, or a path.");
    public static final PolicyKey<String> SF_TARGET_ORG = PolicyKey.text("sf.targetOrg", "",
            "Alias or username of the org the Salesforce goals work on. With an auth URL in the sf.authUrlVariable"
                    + " variable, the alias it is logged in as (hotfix-org when empty).");
    public static final PolicyKey<String> SF_AUTH_URL_VARIABLE = PolicyKey.text("sf.authUrlVariable",
            "SFDX_AUTH_URL", "Environment variable that may hold an SFDX auth URL (force://...) to log in with.");
    public static final PolicyKey<Integer> SF_TIMEOUT_MINUTES = PolicyKey.range("sf.timeoutMinutes", 60, 1,
            Integer.MAX_VALUE, "Minutes one sf call may run before it is killed; a deploy gets at least its wait"
                    + " plus 5 minutes.");
    public static final PolicyKey<Integer> SF_WAIT_MINUTES = PolicyKey.range("sf.waitMinutes", 33, 1,
            Integer.MAX_VALUE, "Minutes the CLI waits for a deploy or test run (--wait).");
    public static final PolicyKey<String> DEPLOY_TEST_LEVEL = PolicyKey.choice("deploy.testLevel",
            "RunSpecifiedTests", List.of("RunSpecifiedTests", "RunLocalTests", "RunAllTestsInOrg"),
            "Test level of check-deploy and deploy; RunSpecifiedTests runs the affected tests.");
    public static final PolicyKey<Integer> DEPLOY_MAX_VALIDATION_AGE_DAYS = PolicyKey.range(
            "deploy.maxValidationAgeDays", 10, 1, 10, "Days a check-only deploy of the same commit stays usable"
                    + " for a quick deploy; Salesforce allows at most 10.");
    public static final PolicyKey<String> SCAN_FORMAT = PolicyKey.choice("scan.format", "v5", List.of("v5", "v4"),
            "Code Analyzer to run: v5 (sf code-analyzer run) or v4 (sf scanner run).");
    public static final PolicyKey<Integer> SCAN_SEVERITY_THRESHOLD = PolicyKey.range("scan.severityThreshold", 1, 1,
            5, "Scan violations of this severity or more severe fail hotfix:scan; 1 is critical, 5 is info.");
    public static final PolicyKey<List<String>> SMOKE_CHECKS = PolicyKey.semicolonList("smoke.checks",
            List.of("org"), "Checks of hotfix:smoke: org; count: SOQL >= N; apex: script.apex;"
                    + " errors: SOQL warn > N.");
    public static final PolicyKey<String> MONITOR_QUERY = PolicyKey.text("monitor.query", "",
            "Count query of failures that hotfix:monitor watches, such as SELECT COUNT() FROM Error_Log__c"
                    + " WHERE CreatedDate = TODAY.");
    public static final PolicyKey<Integer> MONITOR_THRESHOLD = PolicyKey.number("monitor.threshold", 0,
            "Highest acceptable failure count; hotfix:monitor fails at the first count above it.");
    public static final PolicyKey<Integer> MONITOR_ITERATIONS = PolicyKey.range("monitor.iterations", 10, 1,
            Integer.MAX_VALUE, "How many times hotfix:monitor runs the query.");
    public static final PolicyKey<Integer> MONITOR_INTERVAL_SECONDS = PolicyKey.number("monitor.intervalSeconds", 30,
            "Seconds between two queries of hotfix:monitor.");
    public static final PolicyKey<Integer> REGRESSION_COVERAGE = PolicyKey.range("regression.coverage", 75, 0, 100,
            "Minimum org-wide Apex coverage in percent for hotfix:regression.");

    private static final List<PolicyKey<?>> ALL = List.of(PRODUCTION_BRANCH, INTEGRATION_BRANCH, BRANCH_PREFIX,
            TAG_PATTERN, BASE, BRANCH_REQUIRE_ISSUE, SCOPE_MAX_FILES, SCOPE_HARD_LIMIT, SCOPE_ALLOWED_PATHS,
            COMMITS_SUBJECT_PREFIX, COMMITS_ISSUE, COMMITS_SEVERITY, TESTS_CONVENTIONS, TESTS_DEPTH,
            TESTS_FALLBACK, TESTS_STRING_REFERENCES, FAIL_ON_WARNING, RELEASE_BRANCH_PREFIX, REMOTE,
            START_SINGLE_HOTFIX, FINISH_MERGE_INTO, FINISH_TWO_PART_VERSIONS, FINISH_BUMP_PROJECT_VERSION,
            RECONCILE_MISSING_TAG,
            SF_EXECUTABLE, SF_TARGET_ORG, SF_AUTH_URL_VARIABLE, SF_TIMEOUT_MINUTES, SF_WAIT_MINUTES, DEPLOY_TEST_LEVEL,
            DEPLOY_MAX_VALIDATION_AGE_DAYS, SCAN_FORMAT, SCAN_SEVERITY_THRESHOLD, SMOKE_CHECKS, MONITOR_QUERY,
            MONITOR_THRESHOLD, MONITOR_ITERATIONS, MONITOR_INTERVAL_SECONDS, REGRESSION_COVERAGE);
    private static final List<PolicyKey<?>> EVERY_KEY = processKeys();

    private PolicyKeys() {
    }

    /** Returns every key in documentation order. */
    public static List<PolicyKey<?>> all() {
        return EVERY_KEY;
    }

    private static List<PolicyKey<?>> processKeys() {
        List<PolicyKey<?>> keys = new ArrayList<>(ALL);
        keys.addAll(List.of(TRIAGE_FINANCIAL_THRESHOLD, TRIAGE_DEFAULT_TRACK));
        keys.addAll(TRACKS_EMERGENCY.all());
        keys.addAll(TRACKS_FAST_TRACK.all());
        keys.addAll(TRACKS_REGULAR.all());
        keys.addAll(List.of(APPROVAL_APPROVERS, NOTIFY_FORMAT, NOTIFY_WEBHOOK_VARIABLE, NOTIFY_FAILURES_FATAL,
                FINISH_CHANGELOG, CHANGELOG_PATH, STATUS_GRACE_BUSINESS_DAYS, STATUS_DAYS));
        return List.copyOf(keys);
    }

    /** Returns the keys of every track. */
    public static List<TrackKeys> tracks() {
        return List.of(TRACKS_EMERGENCY, TRACKS_FAST_TRACK, TRACKS_REGULAR);
    }

    /** Returns the key with this exact name, or null. */
    public static PolicyKey<?> find(String name) {
        for (PolicyKey<?> key : EVERY_KEY) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        return null;
    }
}
