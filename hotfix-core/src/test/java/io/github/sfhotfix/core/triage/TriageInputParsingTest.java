package io.github.sfhotfix.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.RejectedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageInputParsingTest {

    @ParameterizedTest
    @CsvSource({"critical, CRITICAL", "HIGH, HIGH", "Medium, MEDIUM", "' low ', LOW"})
    void severityParsesIgnoringCase(String input, Severity expected) throws RejectedInputException {
        assertThat(Severity.parse(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"all, ALL", "Partial, PARTIAL", "NONE, NONE"})
    void impactParsesIgnoringCase(String input, UserImpact expected) throws RejectedInputException {
        assertThat(UserImpact.parse(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "defect, DEFECT",
        "feature-request, FEATURE_REQUEST",
        "Feature_Request, FEATURE_REQUEST",
        "non-critical-bug, NON_CRITICAL_BUG",
        "performance-optimisation, PERFORMANCE_OPTIMISATION",
        "UI-TWEAK, UI_TWEAK",
        "ui tweak, UI_TWEAK",
    })
    void requestKindParsesTokens(String input, RequestKind expected) throws RejectedInputException {
        assertThat(RequestKind.parse(input)).isEqualTo(expected);
    }

    @Test
    void severityRejectsUnknownValue() {
        assertThatThrownBy(() -> Severity.parse("urgent"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Invalid severity 'urgent'. Use one of: critical, high, medium, low.");
    }

    @Test
    void impactRejectsUnknownValue() {
        assertThatThrownBy(() -> UserImpact.parse("most"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Invalid user impact 'most'. Use one of: all, partial, none.");
    }

    @Test
    void requestKindRejectsUnknownValue() {
        assertThatThrownBy(() -> RequestKind.parse("chore"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Invalid request kind 'chore'. Use one of: defect, feature-request, non-critical-bug,"
                        + " performance-optimisation, ui-tweak.");
    }

    @Test
    void severityRejectsBlankValue() {
        assertThatThrownBy(() -> Severity.parse(" "))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Missing severity. Set it to one of: critical, high, medium, low.");
    }
}
