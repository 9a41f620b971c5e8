package com.tariffbridge.tariff;

import com.tariffbridge.platform.RequestTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The span of resolved rates an answer covers. By default 48 h from the current half-hour slot, so
 * every poll within one slot gets identical bytes (and a 304); on request any span of at most 31
 * days from the contract start on, ending at most {@link #MAX_AHEAD} from now: no request reaches
 * local dates the resolution cannot represent.
 */
public record TariffWindow(Instant from, Instant to) {

    static final Duration DEFAULT_LENGTH = Duration.ofHours(48);
    static final Duration MAX_LENGTH = Duration.ofDays(31);
    static final Duration MAX_AHEAD = Duration.ofDays(3660);
    private static final long SLOT_SECONDS = 1800;

    public static TariffWindow defaultAt(Instant now) {
        Instant slot =
                Instant.ofEpochSecond(
                        Math.floorDiv(now.getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS);
        return new TariffWindow(slot, slot.plus(DEFAULT_LENGTH));
    }

    /**
     * The requested window, or the default when neither bound is given.
     *
     * @throws IllegalArgumentException with a message fit for the client when the request is wrong
     */
    public static TariffWindow requested(
            String startTime, String endTime, Instant now, Instant contractStart) {
        if (blank(startTime) && blank(endTime)) {
            return defaultAt(now);
        }
        if (blank(startTime)) {
            throw new IllegalArgumentException("end_time needs a start_time");
        }
        Instant from = instant("start_time", startTime);
        Instant to = blank(endTime) ? from.plus(DEFAULT_LENGTH) : instant("end_time", endTime);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("end_time must be after start_time");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("a window may span at most 31 days");
        }
        if (to.isAfter(now.plus(MAX_AHEAD))) {
            throw new IllegalArgumentException(
                    "a window may end at most " + MAX_AHEAD.toDays() + " days from now");
        }
        if (from.isBefore(contractStart)) {
            throw new IllegalArgumentException(
                    "start_time is before the contract start " + contractStart);
        }
        return new TariffWindow(
                from.truncatedTo(ChronoUnit.SECONDS), to.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant instant(String name, String text) {
        return RequestTimes.instant(text)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        name
                                                + " is not an RFC 3339 time such as 2026-01-01T00:00:00Z"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
