package com.tariffbridge.tariff;

import static com.tariffbridge.tariff.ScheduleNames.ALL_DAYS;
import static com.tariffbridge.tariff.ScheduleNames.ALL_MONTHS;
import static com.tariffbridge.tariff.ScheduleNames.WEEKDAYS;
import static com.tariffbridge.tariff.ScheduleNames.WEEKEND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleValidatorTest {

    private static final FixedRate PRICE = FixedRate.of("0.25");
    private static final ScheduleEntry EVERY_DAY =
            ScheduleEntry.of(ALL_MONTHS, DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(PRICE)));

    @Test
    void wholeDayEveryDayIsValid() {
        assertThat(ScheduleValidator.problems(Schedule.of(EVERY_DAY), false)).isEmpty();
    }

    @Test
    void gapOnOneDayTypeInOneMonthNamesDayMonthAndTimes() {
        Set<DayOfWeek> allButSaturday = EnumSet.complementOf(EnumSet.of(DayOfWeek.SATURDAY));
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(allButSaturday, HourBand.wholeDay(PRICE))),
                        ScheduleEntry.of(
                                EnumSet.range(Month.FEBRUARY, Month.DECEMBER),
                                DaysAndHours.of(
                                        EnumSet.of(DayOfWeek.SATURDAY), HourBand.wholeDay(PRICE))),
                        ScheduleEntry.of(
                                EnumSet.of(Month.JANUARY),
                                DaysAndHours.of(
                                        EnumSet.of(DayOfWeek.SATURDAY),
                                        HourBand.of("00:00", "06:30", PRICE),
                                        HourBand.of("07:00", "00:00", PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Gap on Sat in Jan from 06:30 to 07:00");
    }

    @Test
    void overlapEverywhereOnWeekdaysIsReportedOnceInTheAuthorsWords() {
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        WEEKDAYS,
                                        HourBand.of("00:00", "23:30", PRICE),
                                        HourBand.of("23:00", "00:00", PRICE)),
                                DaysAndHours.of(WEEKEND, HourBand.wholeDay(PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Overlap on Weekdays in All months from 23:00 to 23:30");
    }

    @Test
    void emptyScheduleIsOneWholeDayGap() {
        assertThat(ScheduleValidator.problems(Schedule.of(), false))
                .containsExactly("Gap on All days in All months for the whole day");
    }

    @Test
    void missingSeasonListsItsMonths() {
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                EnumSet.of(
                                        Month.JANUARY,
                                        Month.FEBRUARY,
                                        Month.MARCH,
                                        Month.OCTOBER,
                                        Month.NOVEMBER,
                                        Month.DECEMBER),
                                DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly(
                        "Gap on All days in Apr, May, Jun, Jul, Aug, Sep for the whole day");
    }

    @Test
    void sameGapOnDifferentDaysInDifferentMonthsGetsOneMessagePerPlace() {
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                EnumSet.of(Month.JANUARY),
                                DaysAndHours.of(
                                        EnumSet.complementOf(EnumSet.of(DayOfWeek.SATURDAY)),
                                        HourBand.wholeDay(PRICE)),
                                DaysAndHours.of(
                                        EnumSet.of(DayOfWeek.SATURDAY),
                                        HourBand.of("01:00", "00:00", PRICE))),
                        ScheduleEntry.of(
                                EnumSet.of(Month.FEBRUARY),
                                DaysAndHours.of(
                                        EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)),
                                        HourBand.wholeDay(PRICE)),
                                DaysAndHours.of(
                                        EnumSet.of(DayOfWeek.SUNDAY),
                                        HourBand.of("01:00", "00:00", PRICE))),
                        ScheduleEntry.of(
                                EnumSet.range(Month.MARCH, Month.DECEMBER),
                                DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly(
                        "Gap on Sat in Jan from 00:00 to 01:00",
                        "Gap on Sun in Feb from 00:00 to 01:00");
    }

    @Test
    void secondsAppearInMessagesOnlyWhenTheyMatter() {
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        ALL_DAYS,
                                        HourBand.of("00:00", "06:30", PRICE),
                                        HourBand.of("06:30:15", "00:00", PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Gap on All days in All months from 06:30 to 06:30:15");
    }

    @Test
    void bandWrappingMidnightIsRefusedWithHowToSplitIt() {
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        WEEKDAYS,
                                        HourBand.of("06:30", "23:30", PRICE),
                                        HourBand.of("23:30", "06:30", PRICE)),
                                DaysAndHours.of(WEEKEND, HourBand.wholeDay(PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly(
                        "Band on Weekdays in All months from 23:30 to 06:30 wraps midnight; "
                                + "split it into 23:30 to 00:00 and 00:00 to 06:30");
    }

    @Test
    void emptyBandIsReported() {
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        ALL_DAYS,
                                        HourBand.wholeDay(PRICE),
                                        HourBand.of("06:00", "06:00", PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Band on All days in All months from 06:00 to 06:00 is empty");
    }

    @Test
    void bandWithoutRateIsReported() {
        Schedule schedule =
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS, DaysAndHours.of(ALL_DAYS, HourBand.wholeDay())));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Band on All days in All months from 00:00 to 00:00 has no rate");
    }

    @Test
    void ascendingTiersEndingOpenAreValid() {
        assertThat(
                        ScheduleValidator.problems(
                                wholeDay(
                                        FixedRate.upTo("8", "0.19"),
                                        FixedRate.upTo("20", "0.27"),
                                        FixedRate.of("0.34")),
                                false))
                .isEmpty();
    }

    @Test
    void lastTierMustBeOpenEnded() {
        assertThat(
                        ScheduleValidator.problems(
                                wholeDay(FixedRate.upTo("8", "0.19"), FixedRate.upTo("20", "0.27")),
                                false))
                .containsExactly(
                        "Band on All days in All months from 00:00 to 00:00: "
                                + "the last tier must have no to_kwh, to price all further consumption");
    }

    @Test
    void onlyTheLastTierMayBeOpenEnded() {
        assertThat(
                        ScheduleValidator.problems(
                                wholeDay(FixedRate.of("0.19"), FixedRate.of("0.27")), false))
                .containsExactly(
                        "Band on All days in All months from 00:00 to 00:00: only the last tier may have no to_kwh");
    }

    @Test
    void tierBoundsMustAscend() {
        assertThat(
                        ScheduleValidator.problems(
                                wholeDay(
                                        FixedRate.upTo("20", "0.19"),
                                        FixedRate.upTo("8", "0.27"),
                                        FixedRate.of("0.34")),
                                false))
                .containsExactly(
                        "Band on All days in All months from 00:00 to 00:00: "
                                + "tier bounds must ascend from above 0, but to_kwh 8 follows 20");
    }

    @Test
    void firstTierBoundMustBePositive() {
        assertThat(
                        ScheduleValidator.problems(
                                wholeDay(FixedRate.upTo("0", "0.19"), FixedRate.of("0.34")), false))
                .containsExactly(
                        "Band on All days in All months from 00:00 to 00:00: "
                                + "tier bounds must ascend from above 0, but to_kwh 0 follows 0");
    }

    @Test
    void marketTariffNeedsSurchargesAndFixedTariffNeedsPrices() {
        assertThat(ScheduleValidator.problems(wholeDay(PRICE), true))
                .containsExactly(
                        "Band on All days in All months from 00:00 to 00:00 has a fixed price, but the tariff has market rates");
        assertThat(ScheduleValidator.problems(wholeDay(MarketRate.of("0.02", "5")), false))
                .containsExactly(
                        "Band on All days in All months from 00:00 to 00:00 has a market surcharge, but the tariff has fixed prices");
    }

    @Test
    void specialDaysReplaceTheGeneralEntriesWithoutOverlapping() {
        Schedule schedule =
                Schedule.of(EVERY_DAY, christmas(HourBand.wholeDay(FixedRate.of("0.10"))));

        assertThat(ScheduleValidator.problems(schedule, false)).isEmpty();
    }

    @Test
    void specialDaysMustCoverTheirWholeDays() {
        Schedule schedule =
                Schedule.of(
                        EVERY_DAY, christmas(HourBand.of("00:00", "12:00", FixedRate.of("0.10"))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Gap on Dec 25, Dec 26 from 12:00 to 00:00");
    }

    @Test
    void specialDaysForSomeWeekdaysOnlyLeaveTheOtherWeekdaysUncovered() {
        Schedule schedule =
                Schedule.of(
                        EVERY_DAY,
                        ScheduleEntry.specialDays(
                                EnumSet.of(Month.DECEMBER),
                                Set.of(25),
                                DaysAndHours.of(WEEKEND, HourBand.wholeDay(FixedRate.of("0.10")))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Gap on Dec 25 when it falls on Weekdays for the whole day");
    }

    @Test
    void twoSpecialEntriesClaimingTheSameDateOverlap() {
        Schedule schedule =
                Schedule.of(
                        EVERY_DAY,
                        ScheduleEntry.specialDays(
                                EnumSet.of(Month.DECEMBER),
                                Set.of(24, 25),
                                DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(FixedRate.of("0.10")))),
                        ScheduleEntry.specialDays(
                                EnumSet.of(Month.DECEMBER),
                                Set.of(25),
                                DaysAndHours.of(
                                        ALL_DAYS,
                                        HourBand.of("18:00", "00:00", FixedRate.of("0.05")))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Overlap on Dec 25 from 18:00 to 00:00");
    }

    @Test
    void datesNoMonthOfTheEntryHasAreReported() {
        Schedule schedule =
                Schedule.of(
                        EVERY_DAY,
                        ScheduleEntry.specialDays(
                                EnumSet.of(Month.FEBRUARY),
                                Set.of(29, 30),
                                DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(PRICE))),
                        ScheduleEntry.specialDays(
                                ALL_MONTHS,
                                Set.of(32),
                                DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly(
                        "Schedule entry 2 names date 30, which Feb does not have",
                        "Schedule entry 3 names date 32, which no month has");
    }

    @Test
    void entryWithoutMonthsIsNamedByPosition() {
        Schedule schedule =
                Schedule.of(
                        EVERY_DAY,
                        ScheduleEntry.of(
                                Set.of(), DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(PRICE))));

        assertThat(ScheduleValidator.problems(schedule, false))
                .containsExactly("Schedule entry 2 names no months");
    }

    private static Schedule wholeDay(Rate... tiers) {
        return Schedule.of(
                ScheduleEntry.of(ALL_MONTHS, DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(tiers))));
    }

    private static ScheduleEntry christmas(HourBand... bands) {
        return ScheduleEntry.specialDays(
                EnumSet.of(Month.DECEMBER), Set.of(25, 26), DaysAndHours.of(ALL_DAYS, bands));
    }
}
