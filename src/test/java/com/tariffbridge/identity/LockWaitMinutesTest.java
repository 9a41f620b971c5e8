package com.tariffbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The "try again in N minutes" that a locked-out customer reads on the sign-in pages. */
class LockWaitMinutesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static long minutesShownFor(Duration left) {
        return new SignInResult.Locked(NOW.plus(left)).minutesLeft(NOW);
    }

    @Test
    void aFreshFifteenMinuteLockReadsFifteenMinutes() {
        assertThat(minutesShownFor(Duration.ofMinutes(15))).isEqualTo(15);
        assertThat(minutesShownFor(Duration.ofMinutes(15).minusSeconds(1))).isEqualTo(15);
    }

    @Test
    void partMinutesAreRoundedUp() {
        assertThat(minutesShownFor(Duration.ofSeconds(61))).isEqualTo(2);
    }

    @Test
    void aLockEndingWithinTheMinuteStillSaysOneMinuteNotZero() {
        assertThat(minutesShownFor(Duration.ofSeconds(5))).isEqualTo(1);
        assertThat(minutesShownFor(Duration.ofSeconds(-5))).isEqualTo(1);
    }
}
