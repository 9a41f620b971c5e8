package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.platform.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void aClientGetsABurstOfTheLimitThenIsToldWhenToComeBack() {
        var throttle = new Throttle(3, 100, clock);

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.take("203.0.113.7")).isEmpty();
        }

        assertThat(throttle.take("203.0.113.7")).hasValue(20);
    }

    @Test
    void tokensComeBackAtTheLimitPerMinute() {
        var throttle = new Throttle(3, 100, clock);
        for (int i = 0; i < 3; i++) {
            throttle.take("203.0.113.7");
        }

        clock.advance(Duration.ofSeconds(19));
        assertThat(throttle.take("203.0.113.7")).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.take("203.0.113.7")).isEmpty();
        assertThat(throttle.take("203.0.113.7")).isPresent();

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.take("203.0.113.7")).as("refilled to the burst, no more").isEmpty();
        }
        assertThat(throttle.take("203.0.113.7")).isPresent();
    }

    @Test
    void oneClientsFloodLeavesOthersAlone() {
        var throttle = new Throttle(2, 100, clock);
        for (int i = 0; i < 50; i++) {
            throttle.take("203.0.113.7");
        }

        assertThat(throttle.take("198.51.100.1")).isEmpty();
        assertThat(throttle.take("203.0.113.7")).isPresent();
    }

    @Test
    void memoryStaysBoundedAndTheLeastRecentlySeenClientIsForgotten() {
        var throttle = new Throttle(1, 3, clock);
        throttle.take("a");
        throttle.take("b");
        throttle.take("c");
        assertThat(throttle.take("a")).as("a is now the most recent").isPresent();

        for (int i = 0; i < 10_000; i++) {
            throttle.take("flood-" + i);
        }

        assertThat(throttle.size()).isEqualTo(3);
        assertThat(throttle.take("a")).as("forgotten, so a full bucket again").isEmpty();
    }

    @Test
    void retryAfterIsNeverBelowOneSecond() {
        var throttle = new Throttle(6000, 10, clock);
        for (int i = 0; i < 6000; i++) {
            throttle.take("x");
        }
        OptionalLong wait = throttle.take("x");
        assertThat(wait).hasValue(1);
    }
}
