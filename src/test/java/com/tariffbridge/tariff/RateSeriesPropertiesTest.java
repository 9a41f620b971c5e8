package com.tariffbridge.tariff;

import static com.tariffbridge.tariff.RateResolverDstTest.inZone;
import static com.tariffbridge.tariff.ScheduleNames.ALL_DAYS;
import static com.tariffbridge.tariff.ScheduleNames.ALL_MONTHS;
import static com.tariffbridge.tariff.ScheduleNames.WEEKDAYS;
import static com.tariffbridge.tariff.ScheduleNames.WEEKEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests over generated windows: start anywhere in 2024–2030 (a third of them within days
 * of a clock change), length up to 31 days, zones Europe/London and Europe/Berlin. The generator is
 * seeded, so every run checks the same cases and a failure names the case that reproduces it; set
 * {@code -Dtariff.properties.seed=…} to explore other cases. Expected rates come from a lookup
 * written here independently of {@link Schedule#bandAt}, and are checked at random instants inside
 * periods too, so a boundary the resolver misses cannot hide behind a correct period start.
 */
class RateSeriesPropertiesTest {

    private static final long SEED = Long.getLong("tariff.properties.seed", 20260329L);
    private static final List<ZoneId> ZONES =
            List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"));
    private static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(7 * 365).toSeconds();
    private static final long MAX_WINDOW_SECONDS = Duration.ofDays(31).toSeconds();
    private static final int SAMPLES_PER_WINDOW = 60;

    @TestFactory
    Stream<DynamicTest> resolvedSeriesIsGapFreeMergedAndFollowsTheWallClock() {
        Random random = new Random(SEED);
        List<Tariff> tariffs =
                List.of(
                        DemoTariffs.aliceEvNight(),
                        DemoTariffs.bobHomeFlat(),
                        DemoTariffs.bobCottageExport(),
                        DemoTariffs.seasonalWeekdayWeekend(),
                        DemoTariffs.tiered());
        return IntStream.range(0, 400)
                .mapToObj(
                        number -> {
                            // Every other case uses the awkward schedule, whose boundaries sit in
                            // the hours the clocks change.
                            Tariff chosen =
                                    random.nextBoolean()
                                            ? awkward()
                                            : tariffs.get(random.nextInt(tariffs.size()));
                            Tariff tariff = inZone(chosen, ZONES.get(random.nextInt(ZONES.size())));
                            Instant from = randomStart(random);
                            Instant to = from.plusSeconds(1 + nextLong(random, MAX_WINDOW_SECONDS));
                            long sampleSeed = random.nextLong();
                            return dynamicTest(
                                    name(number, tariff, from, to),
                                    () ->
                                            checkFixedSeries(
                                                    tariff, from, to, new Random(sampleSeed)));
                        });
    }

    @TestFactory
    Stream<DynamicTest> dynamicSeriesRunsToTheLastPublishedSlotAndPricesEachSlot() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, 200)
                .mapToObj(
                        number -> {
                            Tariff tariff =
                                    inZone(
                                            DemoTariffs.bobCottageDynamic(),
                                            ZONES.get(random.nextInt(ZONES.size())));
                            Instant from = randomStart(random);
                            Instant to = from.plusSeconds(1 + nextLong(random, MAX_WINDOW_SECONDS));
                            List<MarketPrice> prices = publishedPrices(random, from, to);
                            long sampleSeed = random.nextLong();
                            return dynamicTest(
                                    name(number, tariff, from, to)
                                            + " with "
                                            + prices.size()
                                            + " prices",
                                    () ->
                                            checkDynamicSeries(
                                                    tariff,
                                                    from,
                                                    to,
                                                    prices,
                                                    new Random(sampleSeed)));
                        });
    }

    private static void checkFixedSeries(Tariff tariff, Instant from, Instant to, Random random) {
        RateSeries series = RateResolver.resolve(tariff, from, to);

        assertThat(series.coveredUntil()).isEqualTo(to);
        assertChained(series.periods(), from, to);
        List<Instant> probes = new ArrayList<>();
        for (RatePeriod period : series.periods()) {
            assertThat(period.rate().scale()).isGreaterThanOrEqualTo(5);
            probes.add(period.validFrom());
            probes.add(period.validTo().minusNanos(1));
        }
        probes.addAll(aroundClockChanges(tariff.zone(), from, to));
        for (int sample = 0; sample < SAMPLES_PER_WINDOW; sample++) {
            probes.add(from.plusNanos(nextLong(random, Duration.between(from, to).toNanos())));
        }
        for (Instant instant : probes) {
            assertThat(series.rateAt(instant))
                    .as("rate at %s", instant)
                    .hasValueSatisfying(
                            rate ->
                                    assertThat(rate)
                                            .isEqualByComparingTo(expectedPrice(tariff, instant)));
        }
    }

    /** Both sides of every clock change in the window: where a missed cut would show. */
    private static List<Instant> aroundClockChanges(ZoneId zone, Instant from, Instant to) {
        List<Instant> instants = new ArrayList<>();
        for (var change = zone.getRules().nextTransition(from);
                change != null && change.getInstant().isBefore(to);
                change = zone.getRules().nextTransition(change.getInstant())) {
            instants.add(change.getInstant());
            instants.add(change.getInstant().minusNanos(1));
        }
        return instants;
    }

    private static void checkDynamicSeries(
            Tariff tariff, Instant from, Instant to, List<MarketPrice> prices, Random random) {
        RateSeries series = RateResolver.resolve(tariff, from, to, prices);
        Instant published = publishedUntil(prices, from, to);

        assertThat(series.coveredUntil()).isEqualTo(published);
        if (published.equals(from)) {
            assertThat(series.periods()).isEmpty();
            return;
        }
        assertChained(series.periods(), from, published);
        MarketRate surcharge = (MarketRate) expectedBand(tariff, from).firstTier();
        for (RatePeriod period : series.periods()) {
            assertThat(period.rate())
                    .isEqualTo(withSurcharge(surcharge, indexPrice(prices, period.validFrom())));
            assertThat(period.rate())
                    .isEqualTo(
                            withSurcharge(
                                    surcharge, indexPrice(prices, period.validTo().minusNanos(1))));
        }
        for (int sample = 0; sample < SAMPLES_PER_WINDOW; sample++) {
            Instant instant =
                    from.plusNanos(nextLong(random, Duration.between(from, published).toNanos()));
            assertThat(series.rateAt(instant))
                    .as("rate at %s", instant)
                    .contains(withSurcharge(surcharge, indexPrice(prices, instant)));
        }
    }

    /**
     * Ordered, touching, non-empty periods from start to end, and no two neighbours with one rate.
     */
    private static void assertChained(List<RatePeriod> periods, Instant start, Instant end) {
        assertThat(periods).isNotEmpty();
        assertThat(periods.get(0).validFrom()).isEqualTo(start);
        assertThat(periods.get(periods.size() - 1).validTo()).isEqualTo(end);
        for (int index = 1; index < periods.size(); index++) {
            RatePeriod previous = periods.get(index - 1);
            RatePeriod next = periods.get(index);
            assertThat(next.validFrom())
                    .as("period %d starts where %d ends", index, index - 1)
                    .isEqualTo(previous.validTo());
            assertThat(next.rate())
                    .as("periods %d and %d should have merged", index - 1, index)
                    .isNotEqualByComparingTo(previous.rate());
        }
    }

    /**
     * The oracle: special-day entries naming the date win, else general ones; exactly one band
     * holds the time.
     */
    private static HourBand expectedBand(Tariff tariff, Instant instant) {
        LocalDateTime wall = LocalDateTime.ofInstant(instant, tariff.zone());
        LocalDate date = wall.toLocalDate();
        int second = wall.toLocalTime().toSecondOfDay();
        List<ScheduleEntry> special =
                tariff.schedule().entries().stream()
                        .filter(
                                entry ->
                                        !entry.dates().isEmpty()
                                                && entry.months().contains(date.getMonth())
                                                && entry.dates().contains(date.getDayOfMonth()))
                        .toList();
        List<ScheduleEntry> governing =
                !special.isEmpty()
                        ? special
                        : tariff.schedule().entries().stream()
                                .filter(
                                        entry ->
                                                entry.dates().isEmpty()
                                                        && entry.months().contains(date.getMonth()))
                                .toList();
        List<HourBand> holding = new ArrayList<>();
        for (ScheduleEntry entry : governing) {
            for (DaysAndHours item : entry.daysAndHours()) {
                if (item.days().contains(date.getDayOfWeek())) {
                    for (HourBand band : item.hours()) {
                        int start = band.validFrom().toSecondOfDay();
                        int end =
                                band.validTo().equals(LocalTime.MIDNIGHT)
                                        ? 86_400
                                        : band.validTo().toSecondOfDay();
                        if (start <= second && second < end) {
                            holding.add(band);
                        }
                    }
                }
            }
        }
        assertThat(holding).as("bands holding %s", wall).hasSize(1);
        return holding.get(0);
    }

    private static BigDecimal expectedPrice(Tariff tariff, Instant instant) {
        return ((FixedRate) expectedBand(tariff, instant).firstTier()).fixed();
    }

    private static BigDecimal withSurcharge(MarketRate surcharge, BigDecimal index) {
        return index.multiply(
                        BigDecimal.ONE.add(
                                surcharge.surchargePercentage().divide(BigDecimal.valueOf(100))))
                .add(surcharge.surchargeFixed())
                .setScale(5, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal indexPrice(List<MarketPrice> prices, Instant instant) {
        return prices.stream()
                .filter(
                        price ->
                                !instant.isBefore(price.validFrom())
                                        && instant.isBefore(price.validTo()))
                .findFirst()
                .orElseThrow()
                .price();
    }

    private static Instant publishedUntil(List<MarketPrice> prices, Instant from, Instant to) {
        Instant reached = from;
        while (reached.isBefore(to)) {
            Instant at = reached;
            var slot =
                    prices.stream()
                            .filter(
                                    price ->
                                            !at.isBefore(price.validFrom())
                                                    && at.isBefore(price.validTo()))
                            .findFirst();
            if (slot.isEmpty()) {
                break;
            }
            reached = slot.get().validTo();
        }
        return reached.isAfter(to) ? to : reached;
    }

    /**
     * UTC half-hour slots, usually from at or before {@code from}, sometimes starting later,
     * sometimes stopping before {@code to}, sometimes with one slot missing; prices from -0.20 to
     * 0.80 at varied scales.
     */
    private static List<MarketPrice> publishedPrices(Random random, Instant from, Instant to) {
        Instant aligned =
                from.truncatedTo(ChronoUnit.HOURS)
                        .plus(
                                Duration.ofMinutes(
                                        30L * (from.atOffset(ZoneOffset.UTC).getMinute() / 30)));
        Instant first =
                random.nextInt(8) == 0
                        ? aligned.plus(Duration.ofMinutes(30L * (1 + random.nextInt(4))))
                        : aligned.minus(Duration.ofMinutes(30L * random.nextInt(4)));
        long slotsToCoverWindow = Duration.between(first, to).toMinutes() / 30 + 2;
        long slots =
                random.nextInt(3) == 0
                        ? nextLong(random, slotsToCoverWindow) + 1
                        : slotsToCoverWindow;
        long missing = random.nextInt(5) == 0 ? nextLong(random, slots) : -1;
        List<MarketPrice> prices = new ArrayList<>();
        for (long slot = 0; slot < slots; slot++) {
            if (slot != missing) {
                Instant start = first.plus(Duration.ofMinutes(30 * slot));
                BigDecimal price =
                        BigDecimal.valueOf(random.nextInt(100_001) - 20_000, 5)
                                .setScale(2 + random.nextInt(5), RoundingMode.HALF_EVEN);
                prices.add(new MarketPrice(start, start.plus(Duration.ofMinutes(30)), price));
            }
        }
        return prices;
    }

    private static Instant randomStart(Random random) {
        Instant start;
        if (random.nextInt(3) == 0) {
            int year = 2024 + random.nextInt(7);
            Month month = random.nextBoolean() ? Month.MARCH : Month.OCTOBER;
            Instant clockChange =
                    LocalDate.of(year, month, 1)
                            .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY))
                            .atTime(1, 0)
                            .toInstant(ZoneOffset.UTC);
            start = clockChange.minusSeconds(nextLong(random, Duration.ofDays(3).toSeconds()));
        } else {
            start = EARLIEST.plusSeconds(nextLong(random, SPAN_SECONDS));
        }
        return random.nextInt(4) == 0 ? start.plusNanos(random.nextInt(1_000_000_000)) : start;
    }

    /**
     * Boundaries inside the hours the clocks skip or repeat, a boundary at odd seconds, a negative
     * price, and special days around the clock changes with different bands at weekends.
     */
    private static Tariff awkward() {
        Set<Integer> lastWeek = Set.of(25, 26, 27, 28, 29, 30, 31);
        return new Tariff(
                Direction.IMPORT,
                "Awkward",
                ZONES.get(0),
                java.util.Currency.getInstance("GBP"),
                TariffKind.TIME_OF_DAY,
                false,
                BigDecimal.ZERO,
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        ALL_DAYS,
                                        HourBand.of("00:00", "01:30", FixedRate.of("0.10")),
                                        HourBand.of("01:30", "02:30:30", FixedRate.of("0.20")),
                                        HourBand.of("02:30:30", "03:00", FixedRate.of("0.30")),
                                        HourBand.of("03:00", "00:00", FixedRate.of("0.1")))),
                        ScheduleEntry.specialDays(
                                EnumSet.of(Month.MARCH, Month.OCTOBER),
                                lastWeek,
                                DaysAndHours.of(WEEKDAYS, HourBand.wholeDay(FixedRate.of("0.40"))),
                                DaysAndHours.of(
                                        WEEKEND,
                                        HourBand.of("00:00", "02:15", FixedRate.of("0.50")),
                                        HourBand.of("02:15", "00:00", FixedRate.of("-0.05"))))));
    }

    private static long nextLong(Random random, long bound) {
        return Math.floorMod(random.nextLong(), bound);
    }

    private static String name(int number, Tariff tariff, Instant from, Instant to) {
        return "seed "
                + SEED
                + " #"
                + number
                + ": "
                + tariff.displayName()
                + " in "
                + tariff.zone()
                + " ["
                + from
                + ", "
                + to
                + ")";
    }
}
