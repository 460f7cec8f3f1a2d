package io.github.sfhotfix.core.policy;

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

    private static final List<PolicyKey<?>> ALL = List.of(PRODUCTION_BRANCH, INTEGRATION_BRANCH, BRANCH_PREFIX,
            TAG_PATTERN, BASE, BRANCH_REQUIRE_ISSUE, SCOPE_MAX_FILES, SCOPE_HARD_LIMIT, SCOPE_ALLOWED_PATHS,
            COMMITS_SUBJECT_PREFIX, COMMITS_ISSUE, COMMITS_SEVERITY, TESTS_CONVENTIONS, TESTS_DEPTH,
            TESTS_FALLBACK, TESTS_STRING_REFERENCES, FAIL_ON_WARNING, RELEASE_BRANCH_PREFIX, REMOTE, START_SINGLE_HOTFIX, FINISH_MERGE_INTO,
            FINISH_TWO_PART_VERSIONS, FINISH_BUMP_PROJECT_VERSION, RECONCILE_MISSING_TAG);

    private PolicyKeys() {
    }

    /** Returns every key in documentation order. */
    public static List<PolicyKey<?>> all() {
        return ALL;
    }

    /** Returns the key with this exact name, or null. */
    public static PolicyKey<?> find(String name) {
        for (PolicyKey<?> key : ALL) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        return null;
    }
}
