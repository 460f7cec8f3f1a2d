package io.github.sfhotfix.core.policy;

import io.github.sfhotfix.core.approval.ApprovalOptions;
import io.github.sfhotfix.core.notify.NotificationOptions;
import io.github.sfhotfix.core.triage.TrackPolicies;
import io.github.sfhotfix.core.triage.TriagePolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective hotfix policy: built-in defaults, overridden by {@code hotfix.yaml}, overridden by parameters and
 * {@code -Dhotfix.*} properties. Immutable; build one with {@link PolicyLoader}.
 */
public final class Policy {

    private final Map<PolicyKey<?>, Object> values;
    private final Map<PolicyKey<?>, String> sources;

    Policy(Map<PolicyKey<?>, Object> values, Map<PolicyKey<?>, String> sources) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** Returns the built-in defaults. */
    public static Policy defaults() {
        return new Policy(Map.of(), Map.of());
    }

    /** Returns the value of a key: its configured value, or its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(PolicyKey<T> key) {
        Object value = values.get(key);
        return value == null ? key.defaultValue() : (T) value;
    }

    /** Returns where a key's value came from, such as {@code hotfix.yaml line 4}, or {@code default}. */
    public String sourceOf(PolicyKey<?> key) {
        return sources.getOrDefault(key, "default");
    }

    /** Returns a copy of this policy with one value replaced, for callers that compute a value themselves. */
    public <T> Policy with(PolicyKey<T> key, T value, String source) {
        Map<PolicyKey<?>, Object> changed = new LinkedHashMap<>(values);
        Map<PolicyKey<?>, String> changedSources = new LinkedHashMap<>(sources);
        changed.put(key, value);
        changedSources.put(key, source);
        return new Policy(changed, changedSources);
    }

    public String productionBranch() {
        return get(PolicyKeys.PRODUCTION_BRANCH);
    }

    public String integrationBranch() {
        return get(PolicyKeys.INTEGRATION_BRANCH);
    }

    public String branchPrefix() {
        return get(PolicyKeys.BRANCH_PREFIX);
    }

    public String tagPattern() {
        return get(PolicyKeys.TAG_PATTERN);
    }

    public BaseMode base() {
        return get(PolicyKeys.BASE);
    }

    public int maxFiles() {
        return get(PolicyKeys.SCOPE_MAX_FILES);
    }

    public int hardLimit() {
        return get(PolicyKeys.SCOPE_HARD_LIMIT);
    }

    public List<String> allowedPaths() {
        return get(PolicyKeys.SCOPE_ALLOWED_PATHS);
    }

    public String subjectPrefix() {
        return get(PolicyKeys.COMMITS_SUBJECT_PREFIX);
    }

    public boolean failOnWarning() {
        return get(PolicyKeys.FAIL_ON_WARNING);
    }

    /** Returns the policy of every track, each aspect from its {@code tracks.*} key. */
    public TrackPolicies trackPolicies() {
        TrackPolicies policies = TrackPolicies.defaults();
        for (TrackKeys keys : PolicyKeys.tracks()) {
            policies = policies.with(keys.policyFrom(this));
        }
        return policies;
    }

    /** Returns the triage settings. */
    public TriagePolicy triagePolicy() {
        return new TriagePolicy(get(PolicyKeys.TRIAGE_FINANCIAL_THRESHOLD));
    }

    /** Returns the approval settings: the allowed approvers, stored in {@code refs/notes/hotfix-approvals}. */
    public ApprovalOptions approvalOptions() {
        return ApprovalOptions.defaults().withAllowedApprovers(get(PolicyKeys.APPROVAL_APPROVERS));
    }

    /** Returns the notification settings; timeout, retries and backoff keep their defaults. */
    public NotificationOptions notificationOptions() {
        return NotificationOptions.defaults().withFormat(get(PolicyKeys.NOTIFY_FORMAT))
                .withWebhookVariable(get(PolicyKeys.NOTIFY_WEBHOOK_VARIABLE))
                .withFailuresFatal(get(PolicyKeys.NOTIFY_FAILURES_FATAL));
    }
}
