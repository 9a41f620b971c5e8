package com.tariffbridge.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TariffWindowTest {

    private static final Instant CONTRACT_START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void defaultWindowStartsAtTheCurrentHalfHourAndLasts48Hours() {
        var window =
                TariffWindow.requested(
                        null, null, Instant.parse("2026-11-27T10:47:13Z"), CONTRACT_START);

        assertThat(window.from()).isEqualTo(Instant.parse("2026-11-27T10:30:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-11-29T10:30:00Z"));
    }

    @Test
    void pollsWithinOneHalfHourGetTheSameWindowSoTheSameETag() {
        assertThat(TariffWindow.defaultAt(Instant.parse("2026-11-27T10:30:00Z")))
                .isEqualTo(TariffWindow.defaultAt(Instant.parse("2026-11-27T10:59:59Z")));
    }

    @Test
    void startAloneMeans48HoursFromThere() {
        var window =
                TariffWindow.requested(
                        "2026-02-01T00:00:00+01:00", null, Instant.now(), CONTRACT_START);

        assertThat(window.from()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-02-02T23:00:00Z"));
    }

    @Test
    void wrongWindowsAreRefusedWithAMessageForTheClient() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThatThrownBy(
                        () ->
                                TariffWindow.requested(
                                        "2025-12-31T00:00:00Z", null, now, CONTRACT_START))
                .hasMessageContaining("before the contract start");
        assertThatThrownBy(
                        () ->
                                TariffWindow.requested(
                                        "2026-02-01T00:00:00Z",
                                        "2026-03-05T00:00:00Z",
                                        now,
                                        CONTRACT_START))
                .hasMessageContaining("at most 31 days");
        assertThatThrownBy(() -> TariffWindow.requested("2026-02-01", null, now, CONTRACT_START))
                .hasMessageContaining("RFC 3339");
        assertThatThrownBy(
                        () ->
                                TariffWindow.requested(
                                        null, "2026-02-01T00:00:00Z", now, CONTRACT_START))
                .hasMessageContaining("needs a start_time");
        assertThatThrownBy(
                        () ->
                                TariffWindow.requested(
                                        "2026-02-01T00:00:00Z",
                                        "2026-02-01T00:00:00Z",
                                        now,
                                        CONTRACT_START))
                .hasMessageContaining("after start_time");
    }

    @Test
    void farFutureBoundsAreRefusedBeforeAnyDateArithmeticCanOverflow() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThatThrownBy(
                        () ->
                                TariffWindow.requested(
                                        "+999999999-12-30T00:00:00Z", null, now, CONTRACT_START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RFC 3339");
        assertThatThrownBy(
                        () ->
                                TariffWindow.requested(
                                        "2026-12-01T00:00:00Z",
                                        "+999999999-12-30T00:00:00Z",
                                        now,
                                        CONTRACT_START))
                .hasMessageContaining("RFC 3339");
        assertThatThrownBy(
                        () ->
                                TariffWindow.requested(
                                        "9999-12-30T00:00:00Z", null, now, CONTRACT_START))
                .hasMessageContaining("3660 days from now");
    }

    @Test
    void aWindowEndingExactlyAtTheHorizonIsServed() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        Instant horizon = now.plus(TariffWindow.MAX_AHEAD);

        var window =
                TariffWindow.requested(
                        horizon.minus(Duration.ofDays(1)).toString(),
                        horizon.toString(),
                        now,
                        CONTRACT_START);

        assertThat(window.to()).isEqualTo(horizon);
    }
}
