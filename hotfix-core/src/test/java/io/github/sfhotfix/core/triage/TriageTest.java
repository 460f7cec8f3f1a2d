package io.github.sfhotfix.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TriageTest {

    private final Triage triage = new Triage(TriagePolicy.defaults());

    @ParameterizedTest(name = "{0} + {1}, can wait {2} -> {3}")
    @CsvSource({
        "CRITICAL, ALL,     false, EMERGENCY_HOTFIX",
        "CRITICAL, ALL,     true,  EMERGENCY_HOTFIX",
        "CRITICAL, PARTIAL, false, FAST_TRACK",
        "CRITICAL, PARTIAL, true,  REGULAR_RELEASE",
        "CRITICAL, NONE,    false, FAST_TRACK",
        "CRITICAL, NONE,    true,  REGULAR_RELEASE",
        "HIGH,     ALL,     false, FAST_TRACK",
        "HIGH,     ALL,     true,  REGULAR_RELEASE",
        "HIGH,     PARTIAL, false, FAST_TRACK",
        "HIGH,     PARTIAL, true,  REGULAR_RELEASE",
        "HIGH,     NONE,    false, FAST_TRACK",
        "HIGH,     NONE,    true,  REGULAR_RELEASE",
        "MEDIUM,   ALL,     false, REGULAR_RELEASE",
        "MEDIUM,   ALL,     true,  REGULAR_RELEASE",
        "MEDIUM,   PARTIAL, false, REGULAR_RELEASE",
        "MEDIUM,   PARTIAL, true,  REGULAR_RELEASE",
        "MEDIUM,   NONE,    false, REGULAR_RELEASE",
        "MEDIUM,   NONE,    true,  REGULAR_RELEASE",
        "LOW,      ALL,     false, REGULAR_RELEASE",
        "LOW,      ALL,     true,  REGULAR_RELEASE",
        "LOW,      PARTIAL, false, REGULAR_RELEASE",
        "LOW,      PARTIAL, true,  REGULAR_RELEASE",
        "LOW,      NONE,    false, REGULAR_RELEASE",
        "LOW,      NONE,    true,  REGULAR_RELEASE",
    })
    void defectWithoutCriteriaFollowsMatrix(Severity severity, UserImpact impact, boolean canWait, Track expected) {
        Incident incident = Incident.builder(severity, impact).canWaitForNextWindow(canWait).build();

        TriageDecision decision = triage.decide(incident);

        assertThat(decision.track()).isEqualTo(expected);
        assertThat(decision.reasons()).isNotEmpty();
    }

    static Stream<Arguments> criteriaBySeverity() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Severity severity : Severity.values()) {
            cases.add(Arguments.of(severity, "production broken",
                    (UnaryOperator<Incident.Builder>) b -> b.productionBrokenForMostUsers(true),
                    "production is broken for all or most users"));
            cases.add(Arguments.of(severity, "business-critical function",
                    (UnaryOperator<Incident.Builder>) b -> b.businessCriticalFunctionUnavailable(true),
                    "a business-critical function is unavailable"));
            cases.add(Arguments.of(severity, "financial impact",
                    (UnaryOperator<Incident.Builder>) b -> b.financialImpactPerHour(25_000),
                    "financial impact of 25,000 per hour is above the threshold of 10,000"));
            cases.add(Arguments.of(severity, "security exploit",
                    (UnaryOperator<Incident.Builder>) b -> b.securityVulnerabilityExploited(true),
                    "a security vulnerability is actively exploited"));
            cases.add(Arguments.of(severity, "data corruption",
                    (UnaryOperator<Incident.Builder>) b -> b.dataCorruptionOccurring(true),
                    "data corruption is occurring"));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} with {1} -> emergency")
    @MethodSource("criteriaBySeverity")
    void anyCriterionMakesEmergency(Severity severity, String name, UnaryOperator<Incident.Builder> criterion,
            String expectedReason) {
        Incident incident = criterion.apply(Incident.builder(severity, UserImpact.NONE)
                .canWaitForNextWindow(true)).build();

        TriageDecision decision = triage.decide(incident);

        assertThat(decision.track()).isEqualTo(Track.EMERGENCY_HOTFIX);
        assertThat(decision.reasons()).contains("Emergency criterion met: " + expectedReason + ".");
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("able to wait for the next window"));
    }

    static Stream<Arguments> nonDefectKindsBySeverityAndImpact() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (RequestKind kind : RequestKind.values()) {
            if (kind == RequestKind.DEFECT) {
                continue;
            }
            for (Severity severity : Severity.values()) {
                for (UserImpact impact : UserImpact.values()) {
                    cases.add(Arguments.of(kind, severity, impact));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, {1} + {2} -> regular release")
    @MethodSource("nonDefectKindsBySeverityAndImpact")
    void nonDefectKindIsNeverEmergency(RequestKind kind, Severity severity, UserImpact impact) {
        Incident incident = Incident.builder(severity, impact).requestKind(kind).build();

        TriageDecision decision = triage.decide(incident);

        assertThat(decision.track()).isEqualTo(Track.REGULAR_RELEASE);
        assertThat(decision.reasons().get(0)).contains("A " + kind.label() + " is never an emergency");
    }

    @ParameterizedTest
    @EnumSource(value = RequestKind.class, names = "DEFECT", mode = EnumSource.Mode.EXCLUDE)
    void nonDefectKindIgnoresCriteria(RequestKind kind) {
        Incident incident = Incident.builder(Severity.CRITICAL, UserImpact.ALL)
                .requestKind(kind)
                .securityVulnerabilityExploited(true)
                .build();

        TriageDecision decision = triage.decide(incident);

        assertThat(decision.track()).isEqualTo(Track.REGULAR_RELEASE);
        assertThat(decision.reasons()).anyMatch(reason -> reason.startsWith("Emergency criteria ignored")
                && reason.contains("a security vulnerability is actively exploited")
                && reason.contains("request kind 'defect'"));
    }

    @Test
    void financialImpactAtThresholdIsNoCriterion() {
        Incident incident = Incident.builder(Severity.LOW, UserImpact.NONE).financialImpactPerHour(10_000).build();

        TriageDecision decision = triage.decide(incident);

        assertThat(decision.track()).isEqualTo(Track.REGULAR_RELEASE);
    }

    @Test
    void financialImpactUsesPolicyThreshold() {
        Triage strict = new Triage(new TriagePolicy(500));
        Incident incident = Incident.builder(Severity.LOW, UserImpact.NONE).financialImpactPerHour(501).build();

        TriageDecision decision = strict.decide(incident);

        assertThat(decision.track()).isEqualTo(Track.EMERGENCY_HOTFIX);
        assertThat(decision.reasons())
                .contains("Emergency criterion met: financial impact of 501 per hour is above the threshold of 500.");
    }

    @Test
    void criticalWithNoImpactExplainsHandling() {
        Incident incident = Incident.builder(Severity.CRITICAL, UserImpact.NONE).build();

        TriageDecision decision = triage.decide(incident);

        assertThat(decision.reasons()).containsExactly(
                "Critical severity with no user blocked is handled like high severity.",
                "High severity that cannot wait for the next window takes the fast track.");
    }

    @Test
    void severalCriteriaAreAllReported() {
        Incident incident = Incident.builder(Severity.HIGH, UserImpact.PARTIAL)
                .dataCorruptionOccurring(true)
                .businessCriticalFunctionUnavailable(true)
                .build();

        TriageDecision decision = triage.decide(incident);

        assertThat(decision.reasons()).containsExactly(
                "Emergency criterion met: a business-critical function is unavailable.",
                "Emergency criterion met: data corruption is occurring.");
    }
}
