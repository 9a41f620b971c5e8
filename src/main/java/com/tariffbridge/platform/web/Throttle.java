package com.tariffbridge.platform.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Token buckets per key (a client address): each holds at most {@code perMinute} tokens and refills
 * at {@code perMinute} a minute, so a client gets a burst of that many and then one per refill
 * step. At most {@code maxKeys} buckets are kept; past that the least recently used one is dropped,
 * so a flood from many addresses costs bounded memory (a dropped client merely starts again with a
 * full bucket). Per server: nothing is shared between servers.
 */
final class Throttle {

    private static final long MINUTE_MS = 60_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    Throttle(int perMinute, int maxKeys, Clock clock) {
        if (perMinute < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("per-minute and max-clients must be at least 1");
        }
        this.perMinute = perMinute;
        this.clock = clock;
        this.buckets =
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                        return size() > maxKeys;
                    }
                };
    }

    /**
     * Takes one token for {@code key}: empty when allowed, else the whole seconds until the next
     * token (for Retry-After, at least 1).
     */
    synchronized OptionalLong take(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute * MINUTE_MS, now));
        bucket.refill(now, perMinute);
        if (bucket.units >= MINUTE_MS) {
            bucket.units -= MINUTE_MS;
            return OptionalLong.empty();
        }
        long missingMs = ceilDiv(MINUTE_MS - bucket.units, perMinute);
        return OptionalLong.of(Math.max(1, ceilDiv(missingMs, 1000)));
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    synchronized int size() {
        return buckets.size();
    }

    /**
     * In integer units, so refills and waits are exact: one token is {@code MINUTE_MS} units and a
     * millisecond brings {@code perMinute} of them.
     */
    private static final class Bucket {
        long units;
        long at;

        Bucket(long units, long at) {
            this.units = units;
            this.at = at;
        }

        void refill(long now, int perMinute) {
            if (now > at) {
                long full = perMinute * MINUTE_MS;
                long gained = (now - at) * perMinute;
                units = gained >= full - units ? full : units + gained;
                at = now;
            }
        }
    }
}
