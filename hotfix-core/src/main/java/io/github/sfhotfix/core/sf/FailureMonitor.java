package io.github.sfhotfix.core.sf;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Watches an org after a deploy: runs a failure-count query a number of times at an interval, reports
 * {@code i/N count} after each run, and stops at the first count above the threshold with the rollback command in the
 * failure message.
 */
public final class FailureMonitor implements SfOperation {

    /** Waits between two queries; tests pass one that returns at once. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * The query to watch and its limits.
     *
     * @param soql a count query for failures, such as error log records created in the last hour
     * @param threshold the highest acceptable count
     * @param iterations how many times to run the query (default 10, key {@code hotfix.monitor.iterations})
     * @param interval the time between two queries (default 30 s, key {@code hotfix.monitor.intervalSeconds})
     * @param rollbackCommand the command that rolls the deploy back, quoted in the failure message
     */
    public record Request(String soql, int threshold, int iterations, Duration interval, String rollbackCommand) {
        public Request {
            if (soql == null || soql.isBlank()) {
                throw new IllegalArgumentException("The monitor query is blank: set hotfix.monitor.query to a count"
                        + " query such as SELECT COUNT() FROM Error_Log__c WHERE CreatedDate = TODAY");
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("Monitor iterations must be at least 1, got " + iterations
                        + ": set hotfix.monitor.iterations");
            }
            if (interval == null || interval.isNegative()) {
                throw new IllegalArgumentException("The monitor interval must be zero or more, got " + interval
                        + ": set hotfix.monitor.intervalSeconds");
            }
        }

        /** Returns a request with the defaults: 10 iterations, 30 seconds apart. */
        public static Request withDefaults(String soql, int threshold, String rollbackCommand) {
            return new Request(soql, threshold, 10, Duration.ofSeconds(30), rollbackCommand);
        }
    }

    /** The counts seen, one per completed query. */
    public record Outcome(List<Integer> counts) {
        public Outcome {
            counts = List.copyOf(counts);
        }
    }

    private final SoqlCount query;
    private final SecretMasker masker;
    private final String targetOrg;
    private final Request request;
    private final Sleeper sleeper;
    private final Consumer<String> progress;

    /**
     * Creates the monitor.
     *
     * @param progress receives one {@code i/N ...} line per query, for the caller to log
     */
    public FailureMonitor(SfRunner runner, String targetOrg, Request request, Sleeper sleeper,
            Consumer<String> progress) {
        this.query = new SoqlCount(runner, targetOrg);
        this.masker = runner.masker();
        this.targetOrg = targetOrg;
        this.request = request;
        this.sleeper = sleeper;
        this.progress = progress;
    }

    @Override
    public List<String> describe() {
        return List.of(query.command(request.soql()).describe() + "  # " + request.iterations() + " times, every "
                + request.interval().toSeconds() + " s, fail above " + request.threshold());
    }

    /**
     * Runs the queries.
     *
     * @throws RejectedInputException when a count exceeds the threshold (the message names the rollback command) or
     *     the query is invalid
     * @throws EnvironmentException when the CLI fails or the wait is interrupted
     */
    public Outcome run() throws RejectedInputException, EnvironmentException {
        List<Integer> counts = new ArrayList<>();
        for (int i = 1; i <= request.iterations(); i++) {
            if (i > 1) {
                pause();
            }
            int count = query.count(request.soql(), "hotfix.monitor.query");
            counts.add(count);
            progress.accept(i + "/" + request.iterations() + " failures: " + count + " (threshold "
                    + request.threshold() + ")");
            if (count > request.threshold()) {
                throw new RejectedInputException("Monitoring org " + targetOrg + " found " + count + " failures at"
                        + " check " + i + "/" + request.iterations() + ", above the threshold of "
                        + request.threshold() + " (query: " + masker.mask(request.soql()) + "). Roll back with: "
                        + masker.mask(request.rollbackCommand()));
            }
        }
        return new Outcome(counts);
    }

    private void pause() throws EnvironmentException {
        try {
            sleeper.sleep(request.interval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Monitoring org " + targetOrg + " was interrupted; the deploy was not"
                    + " watched to the end. Check the org by hand.", e);
        }
    }
}
