package io.github.sfhotfix.core.validate;

import java.util.Locale;

/** Whether a finding stops the hotfix (error) or needs attention (warning). */
public enum FindingLevel {
    ERROR,
    WARNING;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
