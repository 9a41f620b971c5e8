package com.tariffbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lockout rule as configured in production: 5 failures within any 15 minutes lock for 15
 * minutes.
 */
class CustomerLockoutTest {

    private static final LockoutPolicy POLICY =
            new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2030-03-01T09:00:00Z");

    /** One account's failures as CustomerAuthenticator keeps them: a lock forgets them all. */
    private final List<Instant> failures = new ArrayList<>();

    private boolean failAt(Instant at) {
        failures.add(at);
        boolean locks = POLICY.locksAfter(failures, at);
        if (locks) {
            failures.clear();
        }
        return locks;
    }

    private static Instant at(String minutesAndSeconds) {
        String[] parts = minutesAndSeconds.split(":");
        return T0.plus(
                Duration.ofMinutes(Long.parseLong(parts[0])).plusSeconds(Long.parseLong(parts[1])));
    }

    /** Fails {@code count} times {@code apart} from each other; true when any of them locked. */
    private boolean failRepeatedly(int count, Duration apart) {
        boolean locked = false;
        for (int i = 0; i < count; i++) {
            locked |= failAt(T0.plus(apart.multipliedBy(i)));
        }
        return locked;
    }

    @Test
    void noFailuresDoNotLock() {
        assertThat(POLICY.locksAfter(List.of(), T0)).isFalse();
    }

    @Test
    void fourFailuresWithinTheWindowDoNotLock() {
        assertThat(failRepeatedly(4, Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void fifthFailureWithinTheWindowLocks() {
        assertThat(failRepeatedly(4, Duration.ofMinutes(1))).isFalse();

        assertThat(failAt(at("04:00"))).isTrue();
    }

    @Test
    void fifthFailureJustInsideTheWindowLocks() {
        for (int i = 0; i < 4; i++) {
            assertThat(failAt(at("00:00"))).isFalse();
        }

        assertThat(failAt(at("14:59"))).isTrue();
    }

    @Test
    void aFailureExactlyOneWindowOldNoLongerCounts() {
        for (int i = 0; i < 4; i++) {
            failAt(at("00:00"));
        }

        assertThat(failAt(at("15:00"))).isFalse();
    }

    @Test
    void failuresStraddlingTheWindowEdgeLockAsSoonAsFiveFallWithinFifteenMinutes() {
        assertThat(failAt(at("00:00"))).isFalse();
        assertThat(failAt(at("14:59"))).isFalse();
        assertThat(failAt(at("14:59"))).isFalse();
        assertThat(failAt(at("14:59"))).isFalse();
        // 00:00 has just left the window: four within it. A window fixed at the first failure
        // would start afresh here and allow four more guesses in the next minute.
        assertThat(failAt(at("15:00"))).isFalse();

        assertThat(failAt(at("15:00"))).isTrue();
    }

    @Test
    void theWindowSlidesWithEveryFailureInsteadOfStartingAtTheFirst() {
        failAt(at("00:00"));
        failAt(at("10:00"));
        failAt(at("10:00"));
        failAt(at("10:00"));
        assertThat(failAt(at("16:00"))).isFalse(); // 10:00 ×3 and 16:00

        assertThat(failAt(at("24:59"))).isTrue(); // still within 15 minutes of 10:00
    }

    @ParameterizedTest(name = "[{index}] every {0} s")
    @ValueSource(ints = {225, 240, 300, 900, 901, 3600})
    void failuresSpreadOutSoThatNoFiveShareAWindowNeverLock(int secondsApart) {
        // 225 s is a quarter of the window: at each failure the one four back is exactly 15 minutes
        // old
        assertThat(failRepeatedly(200, Duration.ofSeconds(secondsApart))).isFalse();
    }

    @Test
    void failuresJustCloserThanAQuarterOfTheWindowLock() {
        assertThat(failRepeatedly(5, Duration.ofSeconds(224))).isTrue();
    }

    @Test
    void orderOfTheFailuresDoesNotMatter() {
        var newestFirst = List.of(at("14:00"), at("10:00"), at("05:00"), at("01:00"), at("00:30"));

        assertThat(POLICY.locksAfter(newestFirst, at("14:00"))).isTrue();
    }

    @Test
    void failuresStampedAheadOfNowStillCount() {
        // another server's clock may run slightly ahead of this one
        var recent = List.of(at("10:00"), at("10:00"), at("10:00"), at("10:01"), at("10:02"));

        assertThat(POLICY.locksAfter(recent, at("10:00"))).isTrue();
    }

    @Test
    void afterALockTheCountStartsAfresh() {
        assertThat(failRepeatedly(5, Duration.ZERO)).isTrue();
        Instant lockEnds = POLICY.lockedUntil(T0);

        for (int i = 0; i < 4; i++) {
            assertThat(failAt(lockEnds)).isFalse();
        }
        assertThat(failAt(lockEnds)).isTrue();
    }

    @Test
    void aPolicyOfOneFailureLocksOnTheFirst() {
        var strict = new LockoutPolicy(1, Duration.ofMinutes(15), Duration.ofMinutes(15));

        assertThat(strict.locksAfter(List.of(T0), T0)).isTrue();
    }

    @Test
    void lockLastsTheConfiguredDuration() {
        var lock = new SignInLock("jo@example.test", POLICY.lockedUntil(T0));

        assertThat(lock.lockedAt(T0)).contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(lock.lockedAt(at("14:59"))).isPresent();
        assertThat(lock.lockedAt(at("15:00"))).isEmpty();
        assertThat(lock.lockedAt(T0.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void policyNeedsAtLeastOneFailure() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new LockoutPolicy(0, Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }

    @Test
    void policyNeedsAPositiveWindowAndDuration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LockoutPolicy(5, Duration.ZERO, Duration.ofMinutes(15)));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(-1)));
        assertThatNullPointerException()
                .isThrownBy(() -> new LockoutPolicy(5, null, Duration.ofMinutes(15)));
    }
}
