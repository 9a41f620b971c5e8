package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything wrong with a schedule, as messages a provider can act on: malformed entries and bands
 * first, in the order written, then gaps and overlaps. An empty list means a {@link Tariff} may
 * hold the schedule. Messages name places in FlatPeak's words, e.g. "Gap on Sat in Jan from 06:30
 * to 07:00".
 */
public final class ScheduleValidator {

    private ScheduleValidator() {}

    /**
     * @param marketRates whether the tariff is market-indexed: then every tier must be a {@link
     *     MarketRate}, otherwise every tier must be a {@link FixedRate}
     */
    public static List<String> problems(Schedule schedule, boolean marketRates) {
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < schedule.entries().size(); index++) {
            entryProblems(index + 1, schedule.entries().get(index), marketRates, problems);
        }
        problems.addAll(ScheduleCoverage.problems(schedule));
        return List.copyOf(problems);
    }

    private static void entryProblems(
            int number, ScheduleEntry entry, boolean marketRates, List<String> problems) {
        String name = "Schedule entry " + number;
        if (entry.months().isEmpty()) {
            problems.add(name + " names no months");
        }
        if (entry.daysAndHours().isEmpty()) {
            problems.add(name + " has no days and hours");
        }
        for (int date : entry.dates()) {
            if (date < 1 || date > 31) {
                problems.add(name + " names date " + date + ", which no month has");
            } else if (!entry.months().isEmpty()
                    && entry.months().stream().allMatch(month -> date > month.maxLength())) {
                problems.add(
                        name
                                + " names date "
                                + date
                                + ", which "
                                + ScheduleNames.describeMonths(entry.months())
                                + " does not have");
            }
        }
        for (DaysAndHours item : entry.daysAndHours()) {
            if (item.days().isEmpty()) {
                problems.add(name + " has days and hours for no days");
            }
            String where =
                    "on "
                            + ScheduleNames.describeDays(item.days())
                            + " in "
                            + ScheduleNames.describeMonths(entry.months())
                            + dates(entry);
            for (HourBand band : item.hours()) {
                bandProblems(where, band, marketRates, problems);
            }
        }
    }

    private static void bandProblems(
            String where, HourBand band, boolean marketRates, List<String> problems) {
        String from = ScheduleNames.time(band.startSecond());
        String to = ScheduleNames.time(band.endSecond());
        String subject = "Band " + where + " from " + from + " to " + to;
        if (band.wrapsMidnight()) {
            problems.add(
                    subject
                            + " wraps midnight; split it into "
                            + from
                            + " to 00:00 and 00:00 to "
                            + to);
        } else if (band.isEmpty()) {
            problems.add(subject + " is empty");
        }
        if (band.rates().isEmpty()) {
            problems.add(subject + " has no rate");
            return;
        }
        for (Rate rate : band.rates()) {
            if (marketRates && rate instanceof FixedRate) {
                problems.add(subject + " has a fixed price, but the tariff has market rates");
                break;
            }
            if (!marketRates && rate instanceof MarketRate) {
                problems.add(subject + " has a market surcharge, but the tariff has fixed prices");
                break;
            }
        }
        tierProblems(subject, band.rates(), problems);
    }

    /**
     * Tiers ascend by upper bound and exactly the last one is open-ended, so every kWh has one
     * price.
     */
    private static void tierProblems(String subject, List<Rate> tiers, List<String> problems) {
        int last = tiers.size() - 1;
        if (tiers.get(last).toKwh() != null) {
            problems.add(
                    subject
                            + ": the last tier must have no to_kwh, to price all further consumption");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int index = 0; index < last; index++) {
            BigDecimal bound = tiers.get(index).toKwh();
            if (bound == null) {
                problems.add(subject + ": only the last tier may have no to_kwh");
                return;
            }
            if (bound.compareTo(previous) <= 0) {
                problems.add(
                        subject
                                + ": tier bounds must ascend from above 0, but to_kwh "
                                + bound.toPlainString()
                                + " follows "
                                + previous.toPlainString());
                return;
            }
            previous = bound;
        }
    }

    private static String dates(ScheduleEntry entry) {
        if (!entry.isSpecialDays()) {
            return "";
        }
        return " on dates "
                + entry.dates().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
