package com.tariffbridge.tariff;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * FlatPeak's names for days and months ({@code Mon}…{@code Sun}, {@code Weekdays}, {@code Weekend},
 * {@code Jan}…{@code Dec}, {@code All}). The same words name places in validation messages, so a
 * provider reads a problem in the vocabulary of the schedule they wrote.
 */
public final class ScheduleNames {

    public static final Set<DayOfWeek> ALL_DAYS =
            OrderedSets.copyOf(EnumSet.allOf(DayOfWeek.class), DayOfWeek.class);
    public static final Set<DayOfWeek> WEEKDAYS =
            OrderedSets.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DayOfWeek.class);
    public static final Set<DayOfWeek> WEEKEND =
            OrderedSets.copyOf(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), DayOfWeek.class);
    public static final Set<Month> ALL_MONTHS =
            OrderedSets.copyOf(EnumSet.allOf(Month.class), Month.class);

    private static final String ALL = "All";

    private ScheduleNames() {}

    /**
     * FlatPeak's {@code days}: All, or Weekdays/Weekend where the set holds all of one, plus single
     * days.
     */
    public static List<String> dayTokens(Set<DayOfWeek> days) {
        if (days.containsAll(ALL_DAYS)) {
            return List.of(ALL);
        }
        List<String> tokens = new ArrayList<>();
        addGroup(tokens, days, WEEKDAYS, "Weekdays");
        addGroup(tokens, days, WEEKEND, "Weekend");
        return List.copyOf(tokens);
    }

    public static List<String> monthTokens(Set<Month> months) {
        if (months.containsAll(ALL_MONTHS)) {
            return List.of(ALL);
        }
        return months.stream().sorted().map(ScheduleNames::name).toList();
    }

    /** Reads FlatPeak's day tokens, ignoring case. */
    public static Set<DayOfWeek> parseDays(Collection<String> tokens) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String token : tokens) {
            days.addAll(parseDay(token));
        }
        return OrderedSets.copyOf(days, DayOfWeek.class);
    }

    /** Reads FlatPeak's month tokens, ignoring case. */
    public static Set<Month> parseMonths(Collection<String> tokens) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        for (String token : tokens) {
            if (ALL.equalsIgnoreCase(token)) {
                months.addAll(ALL_MONTHS);
            } else {
                months.add(
                        EnumSet.allOf(Month.class).stream()
                                .filter(month -> name(month).equalsIgnoreCase(token))
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                new IllegalArgumentException(
                                                        "Unknown month '" + token + "'")));
            }
        }
        return OrderedSets.copyOf(months, Month.class);
    }

    public static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public static String name(Month month) {
        return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "All days", "Weekdays", "Mon, Sat": the days part of a validation message. */
    static String describeDays(Set<DayOfWeek> days) {
        return days.containsAll(ALL_DAYS) ? "All days" : String.join(", ", dayTokens(days));
    }

    /** "All months", "Jan, Feb": the months part of a validation message. */
    static String describeMonths(Set<Month> months) {
        return months.containsAll(ALL_MONTHS)
                ? "All months"
                : String.join(", ", monthTokens(months));
    }

    /**
     * HH:MM, or HH:MM:SS when seconds matter; the end of the day prints as 00:00, as FlatPeak
     * writes it.
     */
    static String time(int secondOfDay) {
        int second = secondOfDay % HourBand.DAY_SECONDS;
        String hoursAndMinutes =
                String.format(Locale.ROOT, "%02d:%02d", second / 3600, second / 60 % 60);
        return second % 60 == 0
                ? hoursAndMinutes
                : hoursAndMinutes + String.format(Locale.ROOT, ":%02d", second % 60);
    }

    private static void addGroup(
            List<String> tokens, Set<DayOfWeek> days, Set<DayOfWeek> group, String groupName) {
        if (days.containsAll(group)) {
            tokens.add(groupName);
            return;
        }
        group.stream().filter(days::contains).map(ScheduleNames::name).forEach(tokens::add);
    }

    private static Set<DayOfWeek> parseDay(String token) {
        if (ALL.equalsIgnoreCase(token)) {
            return ALL_DAYS;
        }
        if ("Weekdays".equalsIgnoreCase(token)) {
            return WEEKDAYS;
        }
        if ("Weekend".equalsIgnoreCase(token)) {
            return WEEKEND;
        }
        return EnumSet.allOf(DayOfWeek.class).stream()
                .filter(day -> name(day).equalsIgnoreCase(token))
                .map(EnumSet::of)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown day '" + token + "'"));
    }
}
