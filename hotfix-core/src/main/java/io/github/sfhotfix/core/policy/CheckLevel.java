package io.github.sfhotfix.core.policy;

import java.util.Locale;

/** Enforcement level of a configurable check: its findings are errors or warnings, or the check is off. */
public enum CheckLevel {
    ERROR,
    WARNING,
    OFF;

    /** Parses {@code error}, {@code warning} or {@code off}, ignoring case; returns null for anything else. */
    static CheckLevel parse(String text) {
        for (CheckLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
