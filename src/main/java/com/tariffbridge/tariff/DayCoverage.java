package com.tariffbridge.tariff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Where the bands of one day leave time unpriced or price it more than once. */
final class DayCoverage {

    enum Kind {
        GAP("Gap"),
        OVERLAP("Overlap");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** A maximal stretch of the day, in seconds from midnight, with no band or with several. */
    record Fault(Kind kind, int fromSecond, int toSecond) {

        String describe(String where) {
            String when =
                    fromSecond == 0 && toSecond == HourBand.DAY_SECONDS
                            ? "for the whole day"
                            : "from "
                                    + ScheduleNames.time(fromSecond)
                                    + " to "
                                    + ScheduleNames.time(toSecond);
            return kind.word + " " + where + " " + when;
        }
    }

    private DayCoverage() {}

    /**
     * Faults in time order. Empty bands count for nothing; a wrapping band counts as its two
     * halves.
     */
    static List<Fault> faults(List<HourBand> bands) {
        TreeMap<Integer, Integer> depthChange = new TreeMap<>();
        depthChange.put(0, 0);
        depthChange.put(HourBand.DAY_SECONDS, 0);
        for (HourBand band : bands) {
            for (int[] piece : pieces(band)) {
                depthChange.merge(piece[0], 1, Integer::sum);
                depthChange.merge(piece[1], -1, Integer::sum);
            }
        }
        List<Fault> faults = new ArrayList<>();
        int depth = 0;
        Map.Entry<Integer, Integer> point = depthChange.firstEntry();
        while (point.getKey() < HourBand.DAY_SECONDS) {
            depth += point.getValue();
            Map.Entry<Integer, Integer> next = depthChange.higherEntry(point.getKey());
            Kind kind = depth == 0 ? Kind.GAP : depth > 1 ? Kind.OVERLAP : null;
            if (kind != null) {
                extendOrAdd(faults, new Fault(kind, point.getKey(), next.getKey()));
            }
            point = next;
        }
        return faults;
    }

    /**
     * Two overlaps of different depth that touch read as one overlap to whoever fixes the schedule.
     */
    private static void extendOrAdd(List<Fault> faults, Fault fault) {
        if (!faults.isEmpty()) {
            Fault last = faults.get(faults.size() - 1);
            if (last.kind() == fault.kind() && last.toSecond() == fault.fromSecond()) {
                faults.set(
                        faults.size() - 1,
                        new Fault(last.kind(), last.fromSecond(), fault.toSecond()));
                return;
            }
        }
        faults.add(fault);
    }

    private static List<int[]> pieces(HourBand band) {
        if (band.isEmpty()) {
            return List.of();
        }
        if (band.wrapsMidnight()) {
            return List.of(
                    new int[] {band.startSecond(), HourBand.DAY_SECONDS},
                    new int[] {0, band.endSecond()});
        }
        return List.<int[]>of(new int[] {band.startSecond(), band.endSecond()});
    }
}
