package com.tariffbridge.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A paced run leaves the rest of each stretch of work to the API. */
class SyncPaceTest {

    @Test
    void atHalfAThreadARunPausesAsLongAsEachPageKeptItBusy() {
        assertThat(new SyncPace(0.5).pauseAfter(Duration.ofMillis(40)))
                .isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void aSmallerShareMeansLongerPausesInProportion() {
        assertThat(new SyncPace(0.25).pauseAfter(Duration.ofMillis(10)))
                .isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void aWholeThreadNeverPauses() {
        assertThat(new SyncPace(1).pauseAfter(Duration.ofSeconds(3))).isZero();
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedWithTheKeyNamed() {
        for (double share : new double[] {0, -0.5, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> new SyncPace(share))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sync.pace");
        }
    }
}
