package com.tariffbridge.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which reminder (if any) is due for a contract end, counted in the provider's calendar days, not
 * in 24-hour periods: a run on the morning of 25 March is "7 days before 1 April" in London even
 * though a DST change makes that span 167 hours. Only the nearest lead applies, so a run that was
 * missed for days sends the reminder that still matters, not a stale 30-day one next to it.
 */
public record ReminderLeads(List<Integer> days, ZoneId zone) {

    public ReminderLeads {
        days = days.stream().filter(d -> d > 0).distinct().sorted().toList();
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one positive lead (days) is needed");
        }
    }

    /**
     * The provider's calendar day at the clock's instant: what a scheduled run means by "today".
     */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The provider's calendar day on which a contract ending at {@code end} ends. */
    public LocalDate endDay(Instant end) {
        return end.atZone(zone).toLocalDate();
    }

    public long daysUntil(Instant end, LocalDate asOf) {
        return ChronoUnit.DAYS.between(asOf, endDay(end));
    }

    /**
     * The smallest lead that covers the days left; empty when the end is past or further than every
     * lead.
     */
    public OptionalInt dueLead(Instant end, LocalDate asOf) {
        long left = daysUntil(end, asOf);
        if (left < 1) {
            return OptionalInt.empty();
        }
        return days.stream().filter(d -> left <= d).mapToInt(Integer::intValue).findFirst();
    }

    /**
     * The next reminder still to send for an end, given the leads already queued: the due lead
     * unless it is queued, otherwise the largest lead whose day is still ahead. Empty when none is
     * left.
     */
    public OptionalInt nextLead(Instant end, LocalDate asOf, Set<Integer> queued) {
        OptionalInt due = dueLead(end, asOf);
        if (due.isEmpty() || !queued.contains(due.getAsInt())) {
            return due;
        }
        long left = daysUntil(end, asOf);
        return days.stream()
                .filter(d -> d < left && !queued.contains(d))
                .mapToInt(Integer::intValue)
                .max();
    }

    /**
     * The provider's day a lead's reminder goes out: {@code lead} days before the end, today at the
     * earliest.
     */
    public LocalDate dayOf(int lead, Instant end, LocalDate asOf) {
        LocalDate day = endDay(end).minusDays(lead);
        return day.isBefore(asOf) ? asOf : day;
    }

    public int longest() {
        return days.get(days.size() - 1);
    }

    /**
     * Ends worth looking at on {@code asOf}: from the next day's start to the end of the longest
     * lead.
     */
    public Instant windowStart(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public Instant windowEnd(LocalDate asOf) {
        return asOf.plusDays(longest() + 1L).atStartOfDay(zone).toInstant();
    }
}
