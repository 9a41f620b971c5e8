package com.tariffbridge.tariff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tariff's prices by local wall-clock time, in FlatPeak's schedule shape. A schedule may be a
 * draft with gaps or overlaps ({@link ScheduleValidator} lists them); a {@link Tariff} only ever
 * holds a valid one, where every local moment falls in exactly one band.
 */
public record Schedule(List<ScheduleEntry> entries) {

    public Schedule {
        entries = List.copyOf(entries);
    }

    public static Schedule of(ScheduleEntry... entries) {
        return new Schedule(List.of(entries));
    }

    /** The entries governing a date: special-days entries naming it, else the general entries. */
    public List<ScheduleEntry> entriesFor(LocalDate date) {
        List<ScheduleEntry> special =
                entries.stream()
                        .filter(entry -> entry.isSpecialDays() && entry.appliesTo(date))
                        .toList();
        if (!special.isEmpty()) {
            return special;
        }
        return entries.stream()
                .filter(entry -> !entry.isSpecialDays() && entry.appliesTo(date))
                .toList();
    }

    public List<HourBand> bandsOn(LocalDate date) {
        return entriesFor(date).stream()
                .flatMap(entry -> entry.bandsOn(date.getDayOfWeek()).stream())
                .toList();
    }

    /** The band pricing a local wall-clock moment; always present in a valid schedule. */
    public Optional<HourBand> bandAt(LocalDateTime time) {
        return bandsOn(time.toLocalDate()).stream()
                .filter(band -> band.contains(time.toLocalTime()))
                .findFirst();
    }

    /** Every wall-clock time at which some band starts or ends, midnight included. */
    Set<LocalTime> boundaryTimes() {
        Set<LocalTime> times = new TreeSet<>();
        times.add(LocalTime.MIDNIGHT);
        for (ScheduleEntry entry : entries) {
            for (DaysAndHours item : entry.daysAndHours()) {
                for (HourBand band : item.hours()) {
                    times.add(band.validFrom());
                    times.add(band.validTo());
                }
            }
        }
        return times;
    }
}
