package io.github.sfhotfix.core.triage;

/**
 * Settings of triage.
 *
 * @param financialImpactThresholdPerHour loss per hour, in whole currency units, above which an incident qualifies as
 *     an emergency; default 10,000
 */
public record TriagePolicy(long financialImpactThresholdPerHour) {

    /** Default loss per hour above which an incident qualifies as an emergency. */
    public static final long DEFAULT_FINANCIAL_IMPACT_THRESHOLD_PER_HOUR = 10_000L;

    /** Checks that the threshold is positive. */
    public TriagePolicy {
        if (financialImpactThresholdPerHour <= 0) {
            throw new IllegalArgumentException("financialImpactThresholdPerHour must be positive, but was "
                    + financialImpactThresholdPerHour);
        }
    }

    /** Returns the policy with the default threshold. */
    public static TriagePolicy defaults() {
        return new TriagePolicy(DEFAULT_FINANCIAL_IMPACT_THRESHOLD_PER_HOUR);
    }
}
