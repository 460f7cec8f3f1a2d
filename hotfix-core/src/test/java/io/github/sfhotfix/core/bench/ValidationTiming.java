package io.github.sfhotfix.core.bench;

import io.github.sfhotfix.core.validate.HotfixValidator;
import io.github.sfhotfix.core.validate.ValidationRequest;
import io.github.sfhotfix.core.validate.ValidationResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * One timed end-to-end validation, meant to run in a fresh JVM started by {@link ApexSelectionBenchmark}: policy,
 * branch, production tag, change set, commits, the integration-branch check over the whole develop history, test
 * selection and every rule, as {@code hotfix:validate} runs them.
 *
 * <p>Arguments: the work tree and the output folder (its {@code apex-cache} is the selection cache). Prints one line
 * of {@code key=value} pairs.
 */
public final class ValidationTiming {

    private ValidationTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path workTree = Path.of(args[0]);
        Path output = Path.of(args[1]);
        LoggerFactory.getLogger(ValidationTiming.class).debug("Timing validation of {}", workTree);
        long start = System.nanoTime();

        ValidationResult result = new HotfixValidator().validate(ValidationRequest.builder(workTree)
                .environment(Map.of()).outputDirectory(output).build());
        long validated = System.nanoTime();

        System.out.println("validateMs=" + (validated - start) / 1_000_000
                + " jvmUptimeMs=" + ManagementFactory.getRuntimeMXBean().getUptime()
                + " commits=" + result.commits().size()
                + " changes=" + result.changes().size()
                + " tests=" + result.tests().testNames()
                + " errors=" + result.errors().size()
                + " warnings=" + result.warnings().size());
    }
}
