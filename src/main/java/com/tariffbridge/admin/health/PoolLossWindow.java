package com.tariffbridge.admin.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;

/**
 * How many pooled connections have been in use with no handle for a whole window: connections the
 * pool will never hand out again. A connection in use by a request has a handle, except for moments
 * (between taking it and wrapping it, or between statements of a transaction), so only a count that
 * stays up in every sample of the window counts as lost; transactions end within Liberty's
 * transaction timeout, which the window outlasts.
 */
final class PoolLossWindow {

    /** What the pool reports at one moment: connections it manages, of those free, and handles. */
    record Sample(Instant at, long managed, long free, long handles) {

        /** In use and held by nobody: lost, or between taking and wrapping it. */
        long unheld() {
            return Math.max(0, managed - free - handles);
        }
    }

    /** Fewer samples than this in a window tell nothing: a moment's count is not a loss. */
    static final int MIN_SAMPLES = 3;

    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();

    PoolLossWindow(Duration window) {
        this.window = window;
    }

    /** Records a sample and answers {@link #lost()} with it. */
    synchronized OptionalLong add(Sample sample) {
        // at most about 60 samples a window, however often the probe comes
        if (!samples.isEmpty()
                && sample.at().isBefore(samples.getLast().at().plus(window.dividedBy(60)))) {
            return lost();
        }
        samples.addLast(sample);
        Instant start = sample.at().minus(window);
        // keep one sample from before the window: it shows the window has been watched in full
        while (samples.size() > 1) {
            var oldest = samples.iterator();
            oldest.next();
            if (oldest.next().at().isAfter(start)) {
                break;
            }
            samples.removeFirst();
        }
        return lost();
    }

    /**
     * The fewest unheld connections over the last window, or empty while the samples do not cover a
     * whole window yet (just started) or are too few to tell.
     */
    synchronized OptionalLong lost() {
        if (samples.size() < MIN_SAMPLES) {
            return OptionalLong.empty();
        }
        Instant start = samples.getLast().at().minus(window);
        if (samples.getFirst().at().isAfter(start)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(samples.stream().mapToLong(Sample::unheld).min().orElseThrow());
    }
}
