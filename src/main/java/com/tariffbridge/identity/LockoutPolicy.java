package com.tariffbridge.identity;

import java.time.Duration;

/** How many failed sign-ins within which window lock an account, and for how long. */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }
}
