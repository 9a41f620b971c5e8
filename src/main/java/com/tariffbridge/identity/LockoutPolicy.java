package com.tariffbridge.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How many failed sign-ins within which window lock an account, and for how long. The window
 * slides: it always ends now, so no timing of attempts fits more than {@code maxFailures - 1} into
 * any span of one window without locking. A failure exactly one window old has left it.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (window.isNegative()
                || window.isZero()
                || lockDuration.isNegative()
                || lockDuration.isZero()) {
            throw new IllegalArgumentException("window and lockDuration must be positive");
        }
    }

    /** Failures at or before this instant no longer count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** Whether the account locks now, given its failures so far, including the one just made. */
    public boolean locksAfter(List<Instant> recentFailures, Instant now) {
        Instant start = windowStart(now);
        return recentFailures.stream().filter(failedAt -> failedAt.isAfter(start)).count()
                >= maxFailures;
    }

    public Instant lockedUntil(Instant now) {
        return now.plus(lockDuration);
    }
}
