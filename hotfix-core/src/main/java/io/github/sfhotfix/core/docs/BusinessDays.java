package io.github.sfhotfix.core.docs;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Calendar arithmetic on business days, which are Monday to Friday; public holidays are not known. */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** Returns the date {@code days} business days after {@code start}; {@code start} itself does not count. */
    public static LocalDate add(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or more, but was " + days);
        }
        LocalDate date = start;
        int remaining = days;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** Returns whether {@code date} is Monday to Friday. */
    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
