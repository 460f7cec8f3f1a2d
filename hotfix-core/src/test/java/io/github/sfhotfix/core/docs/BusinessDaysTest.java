package io.github.sfhotfix.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "2026-11-30, 2, 2026-12-02",
        "2026-12-03, 2, 2026-12-07",
        "2026-12-04, 2, 2026-12-08",
        "2026-12-05, 2, 2026-12-08",
        "2026-12-06, 2, 2026-12-08",
        "2026-12-04, 0, 2026-12-04",
        "2026-12-04, 5, 2026-12-11",
    })
    void addSkipsWeekends(LocalDate start, int days, LocalDate expected) {
        assertThat(BusinessDays.add(start, days)).isEqualTo(expected);
    }
}
