package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureMonitorTest {

    private static final String QUERY = "SELECT COUNT() FROM Error_Log__c WHERE CreatedDate = TODAY";
    private static final String ROLLBACK = "mvn hotfix:rollback -Dhotfix.sf.targetOrg=prod";

    @TempDir
    Path folder;

    List<Duration> sleeps = new ArrayList<>();
    List<String> progress = new ArrayList<>();

    private FailureMonitor monitor(FakeSf fake, int iterations) {
        FailureMonitor.Request request = new FailureMonitor.Request(QUERY, 5, iterations, Duration.ofSeconds(30),
                ROLLBACK);
        return new FailureMonitor(fake.runner(), "prod", request, sleeps::add, progress::add);
    }

    @Test
    void quietOrgPassesAllIterations() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("data query", 0, "query-count-0.json")
                .answer("data query", 0, "query-count-2.json");

        FailureMonitor.Outcome outcome = monitor(fake, 3).run();

        assertThat(outcome.counts()).containsExactly(0, 2, 2);
        assertThat(progress).containsExactly("1/3 failures: 0 (threshold 5)", "2/3 failures: 2 (threshold 5)",
                "3/3 failures: 2 (threshold 5)");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void countAboveThresholdStopsWithRollback() {
        FakeSf fake = new FakeSf(folder).answer("data query", 0, "query-count-2.json")
                .answer("data query", 0, "query-count-12.json")
                .answer("data query", 0, "query-count-0.json");

        assertThatThrownBy(() -> monitor(fake, 10).run())
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("found 12 failures at check 2/10")
                .hasMessageContaining("Roll back with: " + ROLLBACK);
        assertThat(fake.calls()).hasSize(2);
    }

    @Test
    void defaultsAreTenEveryThirtySeconds() {
        FailureMonitor.Request request = FailureMonitor.Request.withDefaults(QUERY, 0, ROLLBACK);

        assertThat(request.iterations()).isEqualTo(10);
        assertThat(request.interval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void networkFailureIsEnvironmentError() {
        FakeSf fake = new FakeSf(folder).answer("data query", 10, "network-offline.json");

        assertThatThrownBy(() -> monitor(fake, 3).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 10");
    }

    @Test
    void interruptedSleepIsEnvironmentError() {
        FakeSf fake = new FakeSf(folder).answer("data query", 0, "query-count-0.json");
        FailureMonitor.Request request = new FailureMonitor.Request(QUERY, 5, 2, Duration.ofSeconds(1), ROLLBACK);
        FailureMonitor monitor = new FailureMonitor(fake.runner(), "prod", request, duration -> {
            throw new InterruptedException("stopped");
        }, progress::add);

        assertThatThrownBy(monitor::run)
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void zeroIterationsIsRejected() {
        assertThatThrownBy(() -> new FailureMonitor.Request(QUERY, 5, 0, Duration.ofSeconds(30), ROLLBACK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hotfix.monitor.iterations");
    }
}
