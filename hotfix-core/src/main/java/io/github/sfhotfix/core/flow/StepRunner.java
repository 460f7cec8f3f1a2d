package io.github.sfhotfix.core.flow;

import io.github.sfhotfix.core.EnvironmentException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs or plans steps in order, one log line each, and stops at the first step that stops. */
final class StepRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StepRunner.class);

    private StepRunner() {
    }

    static List<StepResult> run(List<? extends FlowStep> steps, boolean dryRun) throws EnvironmentException {
        List<StepResult> results = new ArrayList<>();
        boolean stopped = false;
        for (int i = 0; i < steps.size(); i++) {
            FlowStep step = steps.get(i);
            if (stopped) {
                results.add(StepResult.notRun(step.description()));
                continue;
            }
            LOG.info("[{}/{}] {}", i + 1, steps.size(), step.description());
            StepResult result = dryRun ? step.plan() : step.run();
            if (result.outcome() == StepOutcome.PLANNED) {
                LOG.info("      Dry run: would {}", result.detail());
            } else if (result.outcome() == StepOutcome.STOPPED) {
                LOG.error("      Stopped: {}", result.detail());
            } else {
                LOG.info("      {}{}", capitalize(result.outcome().toString()),
                        result.detail().isEmpty() ? "" : ": " + result.detail());
            }
            results.add(result);
            stopped = result.outcome() == StepOutcome.STOPPED;
        }
        return results;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
