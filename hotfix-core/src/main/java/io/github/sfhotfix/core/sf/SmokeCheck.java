package io.github.sfhotfix.core.sf;

import java.nio.file.Path;
import java.util.Objects;

/** One post-deployment check of an org. */
public sealed interface SmokeCheck {

    /** The check's name in the report. */
    String name();

    /** The org is connected, as {@code sf org display} reports. */
    record OrgReachable() implements SmokeCheck {
        @Override
        public String name() {
            return "org reachable";
        }
    }

    /**
     * A record count within bounds.
     *
     * @param soql a count query, such as {@code SELECT COUNT() FROM Account}
     * @param atLeast the minimum count, or {@code null} for none
     * @param atMost the maximum count, or {@code null} for none
     */
    record RecordCount(String name, String soql, Integer atLeast, Integer atMost) implements SmokeCheck {
        public RecordCount {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(soql, "soql");
            if (atLeast == null && atMost == null) {
                throw new IllegalArgumentException("Smoke check '" + name + "' has neither atLeast nor atMost:"
                        + " give at least one bound");
            }
        }
    }

    /**
     * An anonymous Apex script that must compile and run without an exception.
     *
     * @param script the {@code .apex} file, relative to the project root or absolute
     */
    record AnonymousApex(String name, Path script) implements SmokeCheck {
        public AnonymousApex {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(script, "script");
        }
    }

    /**
     * A count of errors (for example failed platform events or error log records) that warns above a threshold.
     *
     * @param warnAbove the count above which the check warns
     */
    record ErrorCount(String name, String soql, int warnAbove) implements SmokeCheck {
        public ErrorCount {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(soql, "soql");
        }
    }
}
