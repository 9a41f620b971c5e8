package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTimesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-27T08:00:00Z",
                "2026-11-27T09:00:00+01:00",
                "2026-11-27T08:00:00.000Z",
                "2026-11-27T08:00Z"
            })
    void rfc3339InstantsAreRead(String text) {
        assertThat(RequestTimes.instant(text)).contains(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+999999999-12-30T00:00:00Z",
                "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z",
                "10000-01-01T00:00:00Z",
                "2026-11-27",
                "2026-11-27T08:00:00",
                " 2026-11-27T08:00:00Z",
                "2026-11-27T08:00:00Z 2026-11-27T08:00:00Z",
                "yesterday",
                ""
            })
    void anythingElseIsRefusedIncludingYearsBeyondFourDigits(String text) {
        assertThat(RequestTimes.instant(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullAndOverlongTextAreRefused() {
        assertThat(RequestTimes.instant(null)).isEmpty();
        assertThat(RequestTimes.instant("2026-11-27T08:00:00.000000000+01:00" + "0".repeat(10)))
                .isEmpty();
    }
}
