package com.tariffbridge.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * When an outbox row is tried again after {@code n} failed attempts: the initial delay doubling
 * with each failure, never more than the cap. The one rule for every outbox (decisions to FlatPeak,
 * reminder mail), so they back off alike and a change is made once.
 */
public record Backoff(Duration initial, Duration cap) {

    public Backoff {
        // An initial delay above the cap is allowed and waits the cap: that is how a too-large
        // reminder.retry.initial-delay always behaved.
        if (initial.isNegative() || initial.isZero() || cap.isNegative() || cap.isZero()) {
            throw new IllegalArgumentException(
                    "back-off needs positive delays, got " + initial + " and " + cap);
        }
    }

    /**
     * The wait after {@code failures} failed attempts (the first failure waits the initial delay).
     */
    public Duration after(int failures) {
        // 2^30 times any sensible delay is past any sensible cap; comparing before multiplying
        // keeps a large count from overflowing.
        long factor = 1L << Math.min(Math.max(failures, 1) - 1, 30);
        return initial.compareTo(cap.dividedBy(factor)) >= 0 ? cap : initial.multipliedBy(factor);
    }

    public Instant nextAttempt(Instant now, int failures) {
        return now.plus(after(failures));
    }
}
