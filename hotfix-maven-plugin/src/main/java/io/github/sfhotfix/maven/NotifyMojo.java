package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.HotfixException;
import io.github.sfhotfix.core.notify.HotfixEvent;
import io.github.sfhotfix.core.notify.NotificationResult;
import io.github.sfhotfix.core.notify.Sleeper;
import io.github.sfhotfix.core.process.HotfixAnnouncer;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Sends one hotfix event to the incident channel's webhook, whose URL is read from the environment variable named by
 * {@code notify.webhookVariable}. A failed notification only warns unless {@code notify.failuresFatal} is set.
 */
@Mojo(name = "notify", requiresProject = false, threadSafe = true)
public class NotifyMojo extends AbstractProcessMojo {

    /**
     * The event: {@code started}, {@code validated}, {@code approved}, {@code deployed}, {@code smoke-failed},
     * {@code monitor-failed} or {@code finished}. Required.
     */
    @Parameter(property = "hotfix.event")
    String event;

    /** The hotfix branch the message names. Default: the checked-out branch. */
    @Parameter(property = "hotfix.branch")
    String branch;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("notify")) {
            return;
        }
        try {
            HotfixEvent parsed = HotfixEvent.parse(event);
            NotificationResult result = new HotfixAnnouncer(System.getenv(), Sleeper.THREAD)
                    .send(settings(), parsed, branch, Map.of());
            if (result.delivered()) {
                getLog().info(result.message());
            } else {
                getLog().warn(result.message());
            }
        } catch (HotfixException e) {
            Failures.rethrow(e);
        }
    }
}
