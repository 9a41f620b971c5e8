package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff DECISIONS =
            new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10));

    @Test
    void theDelayDoublesFromTheInitialOneUpToTheCap() {
        assertThat(DECISIONS.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DECISIONS.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DECISIONS.after(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DECISIONS.after(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(DECISIONS.after(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(DECISIONS.after(150)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void noFailuresYetWaitsTheInitialDelay() {
        assertThat(DECISIONS.after(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DECISIONS.after(-3)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aHugeFailureCountStaysAtTheCapWithoutOverflowing() {
        var mail = new Backoff(Duration.ofDays(1), Duration.ofDays(365));
        assertThat(mail.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void theNextAttemptIsThatDelayFromNow() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(DECISIONS.nextAttempt(now, 2)).isEqualTo(now.plusSeconds(60));
    }

    @Test
    void anInitialDelayAboveTheCapWaitsTheCap() {
        var backoff = new Backoff(Duration.ofHours(2), Duration.ofHours(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aZeroDelayIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
