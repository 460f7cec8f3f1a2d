package io.github.sfhotfix.core.notify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Message about one hotfix event.
 *
 * @param event event announced
 * @param branch hotfix branch, for example {@code hotfix/fix-payment-processor}
 * @param fields further facts shown as title and value pairs, in insertion order (deploy id, author, repository)
 */
public record Notification(HotfixEvent event, String branch, Map<String, String> fields) {

    /** Copies the fields, keeping their order. */
    public Notification {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(branch, "branch");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Returns the one-line text of the message, for example {@code Hotfix deployed: hotfix/fix-login}. */
    public String text() {
        return event.title() + ": " + branch;
    }
}
