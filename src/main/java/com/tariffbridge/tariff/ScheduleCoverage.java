package com.tariffbridge.tariff;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks that every day type of every month, and every special date on every weekday it can fall
 * on, is priced exactly once. The same fault found in many places is reported once, naming the
 * places as the schedule's author would ("on Weekdays in All months"), not as 60 separate lines.
 */
final class ScheduleCoverage {

    private ScheduleCoverage() {}

    static List<String> problems(Schedule schedule) {
        List<String> problems = new ArrayList<>(generalProblems(schedule));
        problems.addAll(specialDayProblems(schedule));
        return problems;
    }

    private static List<String> generalProblems(Schedule schedule) {
        List<ScheduleEntry> general =
                schedule.entries().stream().filter(entry -> !entry.isSpecialDays()).toList();
        Map<DayCoverage.Fault, Map<Month, Set<DayOfWeek>>> found = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                List<HourBand> bands =
                        general.stream()
                                .filter(entry -> entry.months().contains(month))
                                .flatMap(entry -> entry.bandsOn(day).stream())
                                .toList();
                for (DayCoverage.Fault fault : DayCoverage.faults(bands)) {
                    found.computeIfAbsent(fault, f -> new LinkedHashMap<>())
                            .computeIfAbsent(month, m -> EnumSet.noneOf(DayOfWeek.class))
                            .add(day);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        found.forEach(
                (fault, daysByMonth) ->
                        groupByDays(daysByMonth)
                                .forEach(
                                        (days, months) ->
                                                problems.add(
                                                        fault.describe(
                                                                "on "
                                                                        + ScheduleNames
                                                                                .describeDays(days)
                                                                        + " in "
                                                                        + ScheduleNames
                                                                                .describeMonths(
                                                                                        Set.copyOf(
                                                                                                months))))));
        return problems;
    }

    /**
     * A special date can fall on any weekday over the years, so each one is checked for all seven.
     */
    private static List<String> specialDayProblems(Schedule schedule) {
        List<ScheduleEntry> special =
                schedule.entries().stream().filter(ScheduleEntry::isSpecialDays).toList();
        Map<DayCoverage.Fault, Map<MonthDay, Set<DayOfWeek>>> found = new LinkedHashMap<>();
        for (MonthDay date : specialDates(special)) {
            for (DayOfWeek day : DayOfWeek.values()) {
                List<HourBand> bands =
                        special.stream()
                                .filter(
                                        entry ->
                                                entry.months().contains(date.getMonth())
                                                        && entry.dates()
                                                                .contains(date.getDayOfMonth()))
                                .flatMap(entry -> entry.bandsOn(day).stream())
                                .toList();
                for (DayCoverage.Fault fault : DayCoverage.faults(bands)) {
                    found.computeIfAbsent(fault, f -> new LinkedHashMap<>())
                            .computeIfAbsent(date, d -> EnumSet.noneOf(DayOfWeek.class))
                            .add(day);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        found.forEach(
                (fault, daysByDate) ->
                        groupByDays(daysByDate)
                                .forEach(
                                        (days, dates) -> {
                                            String where =
                                                    "on "
                                                            + dates.stream()
                                                                    .map(ScheduleCoverage::name)
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    ", "));
                                            if (!days.containsAll(ScheduleNames.ALL_DAYS)) {
                                                where +=
                                                        " when it falls on "
                                                                + ScheduleNames.describeDays(days);
                                            }
                                            problems.add(fault.describe(where));
                                        }));
        return problems;
    }

    /**
     * The calendar dates the special entries name; dates a month lacks are reported by the
     * validator.
     */
    private static SortedSet<MonthDay> specialDates(List<ScheduleEntry> special) {
        SortedSet<MonthDay> dates = new TreeSet<>();
        for (ScheduleEntry entry : special) {
            for (Month month : entry.months()) {
                entry.dates().stream()
                        .filter(date -> date >= 1 && date <= month.maxLength())
                        .forEach(date -> dates.add(MonthDay.of(month, date)));
            }
        }
        return dates;
    }

    /** Inverts place → days into days → places, keeping the order places were first seen. */
    private static <P> Map<Set<DayOfWeek>, List<P>> groupByDays(
            Map<P, Set<DayOfWeek>> daysByPlace) {
        Map<Set<DayOfWeek>, List<P>> grouped = new LinkedHashMap<>();
        daysByPlace.forEach(
                (place, days) -> grouped.computeIfAbsent(days, d -> new ArrayList<>()).add(place));
        return grouped;
    }

    private static String name(MonthDay date) {
        return ScheduleNames.name(date.getMonth()) + " " + date.getDayOfMonth();
    }
}
