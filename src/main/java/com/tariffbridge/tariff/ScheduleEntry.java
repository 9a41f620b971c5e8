package com.tariffbridge.tariff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

/**
 * One item of FlatPeak's {@code schedule[]}: the months it applies in (all twelve = FlatPeak's
 * {@code All}), optionally day-of-month {@code dates} that make it a special-days entry, and the
 * bands per day type. A special-days entry takes over the dates it names completely: on those dates
 * no general entry applies, so together the special entries must cover those whole days.
 */
public record ScheduleEntry(
        Set<Month> months, Set<Integer> dates, List<DaysAndHours> daysAndHours) {

    public ScheduleEntry {
        months = OrderedSets.copyOf(months, Month.class);
        dates = OrderedSets.sortedCopyOf(dates);
        daysAndHours = List.copyOf(daysAndHours);
    }

    /** A general entry, for every date of its months. */
    public static ScheduleEntry of(Set<Month> months, DaysAndHours... daysAndHours) {
        return new ScheduleEntry(months, Set.of(), List.of(daysAndHours));
    }

    /** A special-days entry, e.g. Dec 25 and 26, overriding the general entries on those dates. */
    public static ScheduleEntry specialDays(
            Set<Month> months, Set<Integer> dates, DaysAndHours... daysAndHours) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("A special-days entry names at least one date");
        }
        return new ScheduleEntry(months, dates, List.of(daysAndHours));
    }

    public boolean isSpecialDays() {
        return !dates.isEmpty();
    }

    /** Whether the entry's months and dates take in this date; its days then pick the bands. */
    public boolean appliesTo(LocalDate date) {
        return months.contains(date.getMonth())
                && (dates.isEmpty() || dates.contains(date.getDayOfMonth()));
    }

    /** The bands this entry gives a day of this type, in the order written. */
    public List<HourBand> bandsOn(DayOfWeek day) {
        return daysAndHours.stream()
                .filter(item -> item.days().contains(day))
                .flatMap(item -> item.hours().stream())
                .toList();
    }
}
