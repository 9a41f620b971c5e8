package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeFilterTest {

    private static final Instant CREATED = Instant.parse("2026-12-02T08:00:00Z");
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @Test
    void aSessionYoungerThanTheMaxLifetimeLives() {
        assertThat(
                        SessionLifetimeFilter.outlived(
                                CREATED, CREATED.plus(EIGHT_HOURS).minusSeconds(1), EIGHT_HOURS))
                .isFalse();
    }

    @Test
    void aSessionAsOldAsTheMaxLifetimeOrOlderIsOutlivedHoweverRecentlyUsed() {
        assertThat(SessionLifetimeFilter.outlived(CREATED, CREATED.plus(EIGHT_HOURS), EIGHT_HOURS))
                .isTrue();
        assertThat(
                        SessionLifetimeFilter.outlived(
                                CREATED, CREATED.plusSeconds(86_400), EIGHT_HOURS))
                .isTrue();
    }
}
