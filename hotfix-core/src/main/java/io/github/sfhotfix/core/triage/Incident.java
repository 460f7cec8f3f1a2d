package io.github.sfhotfix.core.triage;

import java.util.Objects;

/**
 * Facts about a production incident that triage decides on.
 *
 * @param severity severity as rated by the person on call
 * @param userImpact share of users blocked
 * @param canWaitForNextWindow whether the fix can wait for the next scheduled release window
 * @param productionBrokenForMostUsers emergency criterion: production is broken for all or most users
 * @param businessCriticalFunctionUnavailable emergency criterion: a business-critical function is unavailable
 * @param financialImpactPerHour estimated loss per hour in whole currency units, compared with the policy threshold
 * @param securityVulnerabilityExploited emergency criterion: a security vulnerability is actively exploited
 * @param dataCorruptionOccurring emergency criterion: data corruption is occurring
 * @param requestKind kind of change requested
 */
public record Incident(
        Severity severity,
        UserImpact userImpact,
        boolean canWaitForNextWindow,
        boolean productionBrokenForMostUsers,
        boolean businessCriticalFunctionUnavailable,
        long financialImpactPerHour,
        boolean securityVulnerabilityExploited,
        boolean dataCorruptionOccurring,
        RequestKind requestKind) {

    /** Checks that the enums are set and the financial impact is not negative. */
    public Incident {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(userImpact, "userImpact");
        Objects.requireNonNull(requestKind, "requestKind");
        if (financialImpactPerHour < 0) {
            throw new IllegalArgumentException(
                    "financialImpactPerHour must be zero or more, but was " + financialImpactPerHour);
        }
    }

    /** Starts a builder for a defect with the given severity and impact and no emergency criterion. */
    public static Builder builder(Severity severity, UserImpact userImpact) {
        return new Builder(severity, userImpact);
    }

    /** Builder of {@link Incident}; every criterion starts false, the kind starts as {@link RequestKind#DEFECT}. */
    public static final class Builder {
        private final Severity severity;
        private final UserImpact userImpact;
        private boolean canWaitForNextWindow;
        private boolean productionBrokenForMostUsers;
        private boolean businessCriticalFunctionUnavailable;
        private long financialImpactPerHour;
        private boolean securityVulnerabilityExploited;
        private boolean dataCorruptionOccurring;
        private RequestKind requestKind = RequestKind.DEFECT;

        private Builder(Severity severity, UserImpact userImpact) {
            this.severity = severity;
            this.userImpact = userImpact;
        }

        public Builder canWaitForNextWindow(boolean value) {
            this.canWaitForNextWindow = value;
            return this;
        }

        public Builder productionBrokenForMostUsers(boolean value) {
            this.productionBrokenForMostUsers = value;
            return this;
        }

        public Builder businessCriticalFunctionUnavailable(boolean value) {
            this.businessCriticalFunctionUnavailable = value;
            return this;
        }

        public Builder financialImpactPerHour(long value) {
            this.financialImpactPerHour = value;
            return this;
        }

        public Builder securityVulnerabilityExploited(boolean value) {
            this.securityVulnerabilityExploited = value;
            return this;
        }

        public Builder dataCorruptionOccurring(boolean value) {
            this.dataCorruptionOccurring = value;
            return this;
        }

        public Builder requestKind(RequestKind value) {
            this.requestKind = value;
            return this;
        }

        public Incident build() {
            return new Incident(severity, userImpact, canWaitForNextWindow, productionBrokenForMostUsers,
                    businessCriticalFunctionUnavailable, financialImpactPerHour, securityVulnerabilityExploited,
                    dataCorruptionOccurring, requestKind);
        }
    }
}
