package com.tariffbridge.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** How billing trouble is counted in a run, and how a run's outcome follows from its counts. */
class TariffSyncTest {

    @Test
    void billingTroubleIsCountedByCause() {
        assertThat(TariffSync.causeOf(new CircuitBreakerOpenException()))
                .isEqualTo(FailureCause.CIRCUIT_OPEN);
        assertThat(TariffSync.causeOf(new TimeoutException())).isEqualTo(FailureCause.TIMEOUT);
        assertThat(
                        TariffSync.causeOf(
                                new BillingUnavailableException("read timed out", true, null)))
                .isEqualTo(FailureCause.TIMEOUT);
        assertThat(TariffSync.causeOf(new BillingUnavailableException("503")))
                .isEqualTo(FailureCause.UNAVAILABLE);
        assertThat(TariffSync.causeOf(new BulkheadException())).isEqualTo(FailureCause.UNAVAILABLE);
        assertThat(TariffSync.causeOf(new BillingRejectedException("401")))
                .isEqualTo(FailureCause.REJECTED);
    }

    @Test
    void billingTroubleIsFoundUnderTheContainersWrappers() {
        var open = new CircuitBreakerOpenException();
        var wrapped =
                new java.util.concurrent.ExecutionException(new jakarta.ejb.EJBException(open));

        assertThat(TariffSync.unwrap(wrapped)).isSameAs(open);
    }

    @Test
    void aTimerExpiryWithinHalfAnIntervalOfTheLastTimerRunIsACatchUpAndSkipped() {
        var interval = java.time.Duration.ofMinutes(15);
        var last = java.time.Instant.parse("2026-12-03T08:45:30Z");

        assertThat(TariffSync.isCatchUp(last, last.plusSeconds(1), interval)).isTrue();
        assertThat(TariffSync.isCatchUp(last, last.plus(interval.dividedBy(2)), interval))
                .isFalse();
        assertThat(TariffSync.isCatchUp(last, last.plus(interval), interval)).isFalse();
        assertThat(TariffSync.isCatchUp(last, last.minusSeconds(60), interval)).isFalse();
    }

    @Test
    void anErrorOfOurOwnIsNotBillingTroubleAndEndsTheRun() {
        assertThatThrownBy(() -> TariffSync.causeOf(new IllegalStateException("bug")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunThatSyncedSomethingFinishesEvenWithFailures() {
        var run = new SyncRun("admin", 10, java.time.Instant.EPOCH);
        run.count(new PageCounts(5, 1, Map.of()), java.time.Instant.EPOCH);
        run.count(
                new PageCounts(5, 0, Map.of(FailureCause.TIMEOUT, 2, FailureCause.CIRCUIT_OPEN, 3)),
                java.time.Instant.EPOCH);

        run.finish(java.time.Instant.EPOCH, null);

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.FINISHED);
        assertThat(run.getChecked()).isEqualTo(10);
        assertThat(run.getFailed()).isEqualTo(5);
        assertThat(run.failed(FailureCause.CIRCUIT_OPEN)).isEqualTo(3);
    }

    @Test
    void aRunWhereBillingFailedForEverySupplyPointHasFailed() {
        var run = new SyncRun("timer", 4, java.time.Instant.EPOCH);
        run.count(
                new PageCounts(4, 0, Map.of(FailureCause.UNAVAILABLE, 4)), java.time.Instant.EPOCH);

        run.finish(java.time.Instant.EPOCH, null);

        assertThat(run.getStatus()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(run.getLastError()).contains("every supply point");
    }
}
