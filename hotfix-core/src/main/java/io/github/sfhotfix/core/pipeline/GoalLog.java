package io.github.sfhotfix.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lines a goal prints: logged at info or warn as they happen, and kept for the caller. */
final class GoalLog {

    private static final Logger LOG = LoggerFactory.getLogger(GoalLog.class);

    private final List<String> lines = new ArrayList<>();

    void info(String line) {
        LOG.info(line);
        lines.add(line);
    }

    void warn(String line) {
        LOG.warn(line);
        lines.add(line);
    }

    /** Logs one numbered step, such as {@code [2/3] Logging in to org prod}. */
    void step(int number, int count, String description) {
        info("[" + number + "/" + count + "] " + description);
    }

    /** Logs the commands a dry run would run, one per line. */
    void dryRun(List<String> commands) {
        info("Dry run: would run " + commands.size() + " sf command(s) and change nothing:");
        commands.forEach(command -> info("  " + command));
    }

    SfGoalReport report(boolean dryRun) {
        return new SfGoalReport(lines, dryRun);
    }
}
