package io.github.sfhotfix.core.docs;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Settings of the obligation check.
 *
 * @param mainBranch production branch; default {@code main}
 * @param developBranch integration branch; default {@code develop}
 * @param graceBusinessDays business days after the tag date before an unmet obligation is overdue; default 2
 * @param zone time zone in which tag dates and {@code now} become calendar dates; default UTC
 * @param changelogPath changelog path in the production branch; default {@code CHANGELOG.md}
 */
public record ObligationOptions(String mainBranch, String developBranch, int graceBusinessDays, ZoneId zone,
        String changelogPath) {

    public ObligationOptions {
        Objects.requireNonNull(mainBranch, "mainBranch");
        Objects.requireNonNull(developBranch, "developBranch");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(changelogPath, "changelogPath");
        if (graceBusinessDays < 0) {
            throw new IllegalArgumentException("graceBusinessDays must be zero or more, but was "
                    + graceBusinessDays);
        }
    }

    /** Returns the defaults: main, develop, 2 business days, UTC, CHANGELOG.md. */
    public static ObligationOptions defaults() {
        return new ObligationOptions("main", "develop", 2, ZoneOffset.UTC, "CHANGELOG.md");
    }

    public ObligationOptions withBranches(String main, String develop) {
        return new ObligationOptions(main, develop, graceBusinessDays, zone, changelogPath);
    }

    public ObligationOptions withGraceBusinessDays(int days) {
        return new ObligationOptions(mainBranch, developBranch, days, zone, changelogPath);
    }
}
