package com.tariffbridge.tariff;

import static com.tariffbridge.tariff.ScheduleNames.ALL_DAYS;
import static com.tariffbridge.tariff.ScheduleNames.ALL_MONTHS;
import static com.tariffbridge.tariff.ScheduleNames.WEEKDAYS;
import static com.tariffbridge.tariff.ScheduleNames.WEEKEND;

import java.math.BigDecimal;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Realistic tariffs for the demo customers and for tests, one of each kind we must model. Prices
 * are plausible 2026 retail figures in major units per kWh; standing charges are per day.
 */
public final class DemoTariffs {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Set<Month> WINTER =
            EnumSet.of(
                    Month.JANUARY,
                    Month.FEBRUARY,
                    Month.MARCH,
                    Month.OCTOBER,
                    Month.NOVEMBER,
                    Month.DECEMBER);
    private static final Set<Month> SUMMER = EnumSet.range(Month.APRIL, Month.SEPTEMBER);

    private DemoTariffs() {}

    /**
     * Alice (SP-1000-0001): cheap EV charging 00:30–05:30 every night, everything else at the day
     * rate.
     */
    public static Tariff aliceEvNight() {
        FixedRate day = FixedRate.of("0.28");
        return new Tariff(
                Direction.IMPORT,
                "EV Night Saver",
                LONDON,
                GBP,
                TariffKind.TIME_OF_DAY,
                false,
                new BigDecimal("0.53"),
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        ALL_DAYS,
                                        HourBand.of("00:00", "00:30", day),
                                        HourBand.of("00:30", "05:30", FixedRate.of("0.07")),
                                        HourBand.of("05:30", "00:00", day)))));
    }

    /** Bob's home (SP-2000-0001): one flat import price. */
    public static Tariff bobHomeFlat() {
        return new Tariff(
                Direction.IMPORT,
                "Simple Fixed",
                LONDON,
                GBP,
                TariffKind.FIXED,
                false,
                new BigDecimal("0.51"),
                wholeDayEveryDay(FixedRate.of("0.24")));
    }

    /** Bob's cottage (SP-2000-0002) import: the day-ahead index plus 5 % and 0.02 GBP per kWh. */
    public static Tariff bobCottageDynamic() {
        return new Tariff(
                Direction.IMPORT,
                "Half-Hourly Tracker",
                LONDON,
                GBP,
                TariffKind.DYNAMIC,
                true,
                new BigDecimal("0.48"),
                wholeDayEveryDay(MarketRate.of("0.02", "5")));
    }

    /** Bob's cottage (SP-2000-0002) export: a flat price for every kWh sent to the grid. */
    public static Tariff bobCottageExport() {
        return new Tariff(
                Direction.EXPORT,
                "Fixed Export",
                LONDON,
                GBP,
                TariffKind.FIXED,
                false,
                BigDecimal.ZERO,
                wholeDayEveryDay(FixedRate.of("0.15")));
    }

    /**
     * A German seasonal tariff: a weekday evening peak in winter, cheaper weekends all year, and
     * the weekend price on public holidays Jan 1, Dec 25 and Dec 26 whatever day they fall on.
     */
    public static Tariff seasonalWeekdayWeekend() {
        FixedRate winterDay = FixedRate.of("0.31");
        FixedRate holiday = FixedRate.of("0.26");
        return new Tariff(
                Direction.IMPORT,
                "Saisontarif Werktag/Wochenende",
                BERLIN,
                EUR,
                TariffKind.TIME_OF_DAY,
                false,
                new BigDecimal("0.42"),
                Schedule.of(
                        ScheduleEntry.of(
                                WINTER,
                                DaysAndHours.of(
                                        WEEKDAYS,
                                        HourBand.of("00:00", "07:00", FixedRate.of("0.24")),
                                        HourBand.of("07:00", "16:00", winterDay),
                                        HourBand.of("16:00", "20:00", FixedRate.of("0.42")),
                                        HourBand.of("20:00", "00:00", winterDay)),
                                DaysAndHours.of(WEEKEND, HourBand.wholeDay(holiday))),
                        ScheduleEntry.of(
                                SUMMER,
                                DaysAndHours.of(
                                        WEEKDAYS,
                                        HourBand.of("00:00", "07:00", FixedRate.of("0.22")),
                                        HourBand.of("07:00", "00:00", FixedRate.of("0.28"))),
                                DaysAndHours.of(WEEKEND, HourBand.wholeDay(FixedRate.of("0.21")))),
                        ScheduleEntry.specialDays(
                                EnumSet.of(Month.JANUARY),
                                Set.of(1),
                                DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(holiday))),
                        ScheduleEntry.specialDays(
                                EnumSet.of(Month.DECEMBER),
                                Set.of(25, 26),
                                DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(holiday)))));
    }

    /** Rising block prices: the first 8 kWh cheapest, then up to 20 kWh, then the rest. */
    public static Tariff tiered() {
        return new Tariff(
                Direction.IMPORT,
                "Rising Block",
                LONDON,
                GBP,
                TariffKind.TIERED,
                false,
                new BigDecimal("0.45"),
                wholeDayEveryDay(
                        FixedRate.upTo("8", "0.19"),
                        FixedRate.upTo("20", "0.27"),
                        FixedRate.of("0.34")));
    }

    public static List<Tariff> all() {
        return List.of(
                aliceEvNight(),
                bobHomeFlat(),
                bobCottageDynamic(),
                bobCottageExport(),
                seasonalWeekdayWeekend(),
                tiered());
    }

    private static Schedule wholeDayEveryDay(Rate... tiers) {
        return Schedule.of(
                ScheduleEntry.of(ALL_MONTHS, DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(tiers))));
    }
}
