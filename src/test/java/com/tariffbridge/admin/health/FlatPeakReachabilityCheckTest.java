package com.tariffbridge.admin.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class FlatPeakReachabilityCheckTest {

    static {
        PlainHealthResponses.install();
    }

    private static final HealthCheckResponse UNREACHABLE =
            HealthCheckResponse.named(FlatPeakReachabilityCheck.NAME)
                    .down()
                    .withData("reason", "FlatPeak answered 503")
                    .build();

    @Test
    void anUnreachableFlatPeakIsReportedWithItsReasonWithoutMakingTheServerUnready() {
        var reported = FlatPeakReachabilityCheck.reported(UNREACHABLE, false);

        assertThat(reported.getStatus()).isEqualTo(Status.UP);
        assertThat(reported.getData().orElseThrow())
                .containsEntry("reachable", false)
                .containsEntry("reason", "FlatPeak answered 503");
    }

    @Test
    void asAReadinessGateAnUnreachableFlatPeakMakesTheServerUnready() {
        var reported = FlatPeakReachabilityCheck.reported(UNREACHABLE, true);

        assertThat(reported.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aReachableFlatPeakIsReportedAsReachable() {
        var up = HealthCheckResponse.named(FlatPeakReachabilityCheck.NAME).up().build();

        assertThat(FlatPeakReachabilityCheck.reported(up, false).getData().orElseThrow())
                .containsEntry("reachable", true)
                .doesNotContainKey("reason");
    }
}
