package com.tariffbridge.billing;

import java.time.Duration;

/**
 * How much of one thread's time a sync run may take: after a page that kept the run busy for {@code
 * t}, it pauses {@code t × (1 − share) / share}. A run is background work; at a share below one it
 * leaves the cores to the tariff API between pages, whatever the machine's speed, instead of a
 * fixed pause that would be too long on a fast server and too short on a slow one.
 */
record SyncPace(double share) {

    SyncPace {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException(
                    "sync.pace must be above 0 and at most 1, not " + share);
        }
    }

    /** The pause after a page that took {@code busy}; zero when the run may take a whole thread. */
    Duration pauseAfter(Duration busy) {
        if (share == 1 || busy.isNegative()) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) (busy.toNanos() * (1 - share) / share));
    }
}
