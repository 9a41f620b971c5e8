package com.tariffbridge.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleNamesTest {

    @Test
    void dayTokensUseTheGroupNamesFlatPeakKnows() {
        assertThat(ScheduleNames.dayTokens(ScheduleNames.ALL_DAYS)).containsExactly("All");
        assertThat(ScheduleNames.dayTokens(ScheduleNames.WEEKDAYS)).containsExactly("Weekdays");
        assertThat(ScheduleNames.dayTokens(ScheduleNames.WEEKEND)).containsExactly("Weekend");
        assertThat(
                        ScheduleNames.dayTokens(
                                EnumSet.of(
                                        DayOfWeek.SATURDAY,
                                        DayOfWeek.MONDAY,
                                        DayOfWeek.TUESDAY,
                                        DayOfWeek.WEDNESDAY,
                                        DayOfWeek.THURSDAY,
                                        DayOfWeek.FRIDAY)))
                .containsExactly("Weekdays", "Sat");
        assertThat(
                        ScheduleNames.dayTokens(
                                EnumSet.of(
                                        DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY)))
                .containsExactly("Mon", "Wed", "Sun");
    }

    @Test
    void monthTokensAreAllOrShortNamesInCalendarOrder() {
        assertThat(ScheduleNames.monthTokens(ScheduleNames.ALL_MONTHS)).containsExactly("All");
        assertThat(ScheduleNames.monthTokens(EnumSet.of(Month.DECEMBER, Month.JANUARY)))
                .containsExactly("Jan", "Dec");
    }

    @Test
    void tokensParseBackIgnoringCase() {
        assertThat(ScheduleNames.parseDays(List.of("weekdays", "Sat")))
                .containsExactly(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY);
        assertThat(ScheduleNames.parseDays(List.of("All"))).isEqualTo(ScheduleNames.ALL_DAYS);
        assertThat(ScheduleNames.parseMonths(List.of("JAN", "Oct")))
                .containsExactly(Month.JANUARY, Month.OCTOBER);
        assertThat(ScheduleNames.parseMonths(List.of("All"))).isEqualTo(ScheduleNames.ALL_MONTHS);
    }

    @Test
    void unknownTokensAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScheduleNames.parseDays(List.of("Funday")))
                .withMessage("Unknown day 'Funday'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScheduleNames.parseMonths(List.of("Smarch")))
                .withMessage("Unknown month 'Smarch'");
    }
}
