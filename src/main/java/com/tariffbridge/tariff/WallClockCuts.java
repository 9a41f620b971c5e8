package com.tariffbridge.tariff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.TreeSet;

/**
 * The instants in a window where the local wall clock reaches a band boundary or jumps (DST).
 * Between two consecutive cuts the wall clock runs on without crossing a boundary, so one band
 * prices all of it. A boundary the clocks skip in spring has no instant of its own; the transition
 * itself is a cut, and from it the band of the first wall time after the jump applies. A boundary
 * the clocks pass twice in autumn gives two cuts, so the repeated hour repeats its bands, as a
 * wall-clock schedule says.
 */
final class WallClockCuts {

    private WallClockCuts() {}

    /** Cuts strictly inside (from, to). */
    static TreeSet<Instant> between(Schedule schedule, ZoneId zone, Instant from, Instant to) {
        TreeSet<Instant> cuts = new TreeSet<>();
        ZoneRules rules = zone.getRules();
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone);
                !date.isAfter(last);
                date = date.plusDays(1)) {
            for (LocalTime time : schedule.boundaryTimes()) {
                LocalDateTime wallTime = date.atTime(time);
                for (ZoneOffset offset : rules.getValidOffsets(wallTime)) {
                    addInside(cuts, wallTime.toInstant(offset), from, to);
                }
            }
        }
        for (ZoneOffsetTransition transition = rules.nextTransition(from);
                transition != null && transition.getInstant().isBefore(to);
                transition = rules.nextTransition(transition.getInstant())) {
            cuts.add(transition.getInstant());
        }
        return cuts;
    }

    private static void addInside(TreeSet<Instant> cuts, Instant cut, Instant from, Instant to) {
        if (cut.isAfter(from) && cut.isBefore(to)) {
            cuts.add(cut);
        }
    }
}
