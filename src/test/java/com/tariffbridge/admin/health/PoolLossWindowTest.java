package com.tariffbridge.admin.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.admin.health.PoolLossWindow.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PoolLossWindowTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private final PoolLossWindow window = new PoolLossWindow(Duration.ofMinutes(5));

    private OptionalLong at(int seconds, long managed, long free, long handles) {
        return window.add(new Sample(START.plusSeconds(seconds), managed, free, handles));
    }

    @Test
    void connectionsInUseWithoutHandlesForTheWholeWindowAreLost() {
        for (int s = 0; s <= 300; s += 10) {
            // 40 managed, 10 free, 25 handles on the ones in use: 5 held by nobody
            at(s, 40, 10, 25);
        }
        assertThat(window.lost()).hasValue(5);
    }

    @Test
    void nothingIsKnownBeforeTheSamplesCoverAWholeWindow() {
        for (int s = 0; s < 300; s += 10) {
            at(s, 40, 0, 0);
        }
        assertThat(window.lost()).isEmpty();
        assertThat(at(300, 40, 0, 0)).hasValue(40);
    }

    @Test
    void aMomentWithoutHandlesIsNotALoss() {
        for (int s = 0; s <= 300; s += 10) {
            // a transaction between statements holds its connection with no handle for a while
            boolean betweenStatements = s >= 100 && s <= 200;
            at(s, 10, 2, betweenStatements ? 5 : 8);
        }
        assertThat(window.lost()).hasValue(0);
    }

    @Test
    void sharedConnectionsWithSeveralHandlesCountAsHeldNotNegative() {
        for (int s = 0; s <= 300; s += 10) {
            at(s, 4, 0, 9);
        }
        assertThat(window.lost()).hasValue(0);
    }

    @Test
    void onlyTheLastWindowCounts() {
        for (int s = 0; s <= 300; s += 10) {
            at(s, 40, 40, 0); // all free
        }
        for (int s = 310; s <= 620; s += 10) {
            at(s, 40, 37, 0); // 3 lost from 310 s on
        }
        assertThat(window.lost()).hasValue(3);
    }

    @Test
    void twoSamplesDoNotTellEvenAcrossAWindow() {
        at(0, 40, 0, 0);
        assertThat(at(600, 40, 0, 0)).isEmpty();
        assertThat(at(610, 40, 0, 0)).hasValue(40);
    }

    @Test
    void probesFasterThanAboutSixtyAWindowAreNotAllKept() {
        for (int ms = 0; ms <= 300_000; ms += 10) {
            window.add(new Sample(START.plusMillis(ms), 40, 0, ms < 290_000 ? 0 : 40));
        }
        // the samples of the last 10 s said "held"; kept ones were 5 s apart, so they are seen
        assertThat(window.lost()).hasValue(0);
    }
}
