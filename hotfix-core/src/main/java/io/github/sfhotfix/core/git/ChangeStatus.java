package io.github.sfhotfix.core.git;

import java.util.Locale;

/** Kind of change of a file between the base and HEAD. */
public enum ChangeStatus {
    ADDED,
    MODIFIED,
    DELETED,
    RENAMED,
    COPIED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
