package com.tariffbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tariffbridge.platform.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxOutageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    private final SandboxOutage outage = new SandboxOutage(clock);

    @Test
    void flatPeakIsUpUntilAnOutageIsStarted() {
        assertThat(outage.isActive()).isFalse();
        assertThat(outage.remaining()).isEmpty();
    }

    @Test
    void outageLastsExactlyTheRequestedSeconds() {
        var until = outage.start(30);

        assertThat(until).isEqualTo(Instant.parse("2025-06-01T10:00:30Z"));
        clock.advance(Duration.ofSeconds(29));
        assertThat(outage.remaining()).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(outage.isActive()).isFalse();
    }

    @Test
    void endingAnOutageRestoresServiceAtOnce() {
        outage.start(3600);

        outage.end();

        assertThat(outage.isActive()).isFalse();
    }

    @Test
    void startingAgainReplacesTheWindowAndZeroSecondsEndsIt() {
        outage.start(3600);
        outage.start(10);
        assertThat(outage.remaining()).contains(Duration.ofSeconds(10));

        outage.start(0);

        assertThat(outage.isActive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 3601, Long.MAX_VALUE})
    void secondsOutsideZeroToAnHourAreRejected(long seconds) {
        assertThatThrownBy(() -> outage.start(seconds))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_seconds"));
        assertThat(outage.isActive()).isFalse();
    }
}
