package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanGateTest {

    @TempDir
    Path folder;

    Path project;
    Path output;
    FakeSf fake;

    @BeforeEach
    void createProject() throws Exception {
        project = SfProject.create(folder.resolve("project"));
        output = folder.resolve("target/hotfix");
        fake = new FakeSf(folder);
    }

    private ScanGate gate(ScanOptions options) {
        return new ScanGate(fake.runner(), project, List.of(SfProject.CLASS, SfProject.TRIGGER), output, options);
    }

    @Test
    void v5CommandHasNoJsonFlag() {
        List<String> lines = gate(ScanOptions.defaults()).describe();

        assertThat(lines).containsExactly("sf code-analyzer run --target " + SfProject.CLASS + " --target "
                + SfProject.TRIGGER + " --output-file " + output.resolve("scan.json"));
    }

    @Test
    void criticalFindingFailsGate() {
        fake.answer("code-analyzer run", 0, "code-analyzer-findings.json");

        assertThatThrownBy(() -> gate(ScanOptions.defaults()).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("1 violation(s) at severity 1")
                .hasMessageContaining("ApexSOQLInjection force-app/main/default/classes/InvoiceService.cls:31"
                        + " Avoid untrusted input");
    }

    @Test
    void thresholdTwoListsBothFindings() {
        fake.answer("code-analyzer run", 0, "code-analyzer-findings.json");

        assertThatThrownBy(() -> gate(new ScanOptions(ScanOptions.Format.CODE_ANALYZER_V5, 2)).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("2 violation(s)")
                .hasMessageContaining("ApexCRUDViolation force-app/main/default/classes/InvoiceService.cls:40");
    }

    @Test
    void findingsBelowThresholdPass() throws Exception {
        fake.answer("code-analyzer run", 0, "code-analyzer-moderate.json");

        ScanOutcome outcome = gate(ScanOptions.defaults()).run();

        assertThat(outcome.violations()).singleElement().extracting(ScanViolation::rule)
                .isEqualTo("UnusedLocalVariable");
    }

    @Test
    void cleanScanPasses() throws Exception {
        fake.answer("code-analyzer run", 0, "code-analyzer-clean.json");

        ScanOutcome outcome = gate(ScanOptions.defaults()).run();

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.engines()).containsExactly("pmd");
        assertThat(outcome.filesGiven()).isEqualTo(2);
    }

    @Test
    void noEngineWithApexFilesFails() {
        fake.answer("code-analyzer run", 0, "code-analyzer-no-engine.json");

        assertThatThrownBy(() -> gate(ScanOptions.defaults()).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("scanned zero files although 2 Apex file(s)");
    }

    @Test
    void missingReportIsEnvironmentError() {
        fake.answer("code-analyzer run", 0, "-");

        assertThatThrownBy(() -> gate(ScanOptions.defaults()).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("wrote no report");
    }

    @Test
    void analyzerFailureIsEnvironmentError() {
        fake.answer("code-analyzer run", 1, "-", "Error: Java 11 or newer is required");

        assertThatThrownBy(() -> gate(ScanOptions.defaults()).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 1")
                .hasMessageContaining("Java 11 or newer is required");
    }

    @Test
    void missingFileRejectedBeforeSf() {
        ScanGate gate = new ScanGate(fake.runner(), project, List.of("force-app/gone.cls"), output,
                ScanOptions.defaults());

        assertThatThrownBy(gate::run)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("force-app/gone.cls");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void v4FindingsFailGate() {
        fake.answer("scanner run", 0, "scanner-v4-findings.json");

        assertThatThrownBy(() -> gate(new ScanOptions(ScanOptions.Format.SCANNER_V4, 1)).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("sev 1 ApexSOQLInjection force-app/main/default/classes/InvoiceService.cls:31")
                .hasMessageNotContaining("UnusedLocalVariable");
    }

    @Test
    void v4CommandJoinsTargets() {
        List<String> lines = gate(new ScanOptions(ScanOptions.Format.SCANNER_V4, 1)).describe();

        assertThat(lines).containsExactly("sf scanner run --target " + SfProject.CLASS + "," + SfProject.TRIGGER
                + " --format json --outfile " + output.resolve("scan.json"));
    }

    @Test
    void v4RetiredCommandNamesExecutable() {
        assertThatThrownBy(() -> gate(new ScanOptions(ScanOptions.Format.SCANNER_V4, 1)).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 127")
                .hasMessageContaining("hotfix.sf.executable");
    }

    @Test
    void thresholdOutsideRangeIsRejected() {
        assertThatThrownBy(() -> new ScanOptions(ScanOptions.Format.CODE_ANALYZER_V5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hotfix.scan.severityThreshold");
    }
}
