package com.tariffbridge.tariff;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** The bands that apply on some days of the week; FlatPeak's {@code days_and_hours} item. */
public record DaysAndHours(Set<DayOfWeek> days, List<HourBand> hours) {

    public DaysAndHours {
        days = OrderedSets.copyOf(days, DayOfWeek.class);
        hours = List.copyOf(hours);
    }

    public static DaysAndHours of(Set<DayOfWeek> days, HourBand... hours) {
        return new DaysAndHours(days, List.of(hours));
    }
}
