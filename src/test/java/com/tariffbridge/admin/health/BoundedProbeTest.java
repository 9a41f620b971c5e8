package com.tariffbridge.admin.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {

    static {
        PlainHealthResponses.install();
    }

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aProbeThatHangsIsDownWithTheWaitInTheReasonAndIsNotStartedAgainWhileItHangs()
            throws Exception {
        var release = new CountDownLatch(1);
        var started = new AtomicInteger();
        var probe =
                new BoundedProbe(
                        "flatpeak-api",
                        Duration.ofMillis(100),
                        Duration.ZERO,
                        () -> {
                            started.incrementAndGet();
                            await(release);
                            return HealthCheckResponse.named("flatpeak-api").up().build();
                        });

        var first = probe.check(executor);
        var second = probe.check(executor);

        assertThat(first.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(first.getData().orElseThrow().get("reason"))
                .isEqualTo("no answer within 100 ms");
        assertThat(second.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(started).hasValue(1);

        release.countDown();
        assertThat(probe.check(executor).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void anAnswerIsReusedWhileFreshAndAskedAgainAfter() throws Exception {
        var calls = new AtomicInteger();
        var probe =
                new BoundedProbe(
                        "database",
                        Duration.ofSeconds(2),
                        Duration.ofMillis(300),
                        () -> {
                            calls.incrementAndGet();
                            return HealthCheckResponse.named("database").up().build();
                        });

        probe.check(executor);
        probe.check(executor);
        assertThat(calls).hasValue(1);

        TimeUnit.MILLISECONDS.sleep(350);
        probe.check(executor);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aProbeThatThrowsIsDownWithTheFailureAsReason() {
        var probe =
                new BoundedProbe(
                        "database",
                        Duration.ofSeconds(2),
                        Duration.ZERO,
                        () -> {
                            throw new IllegalStateException("pool closed");
                        });

        var answer = probe.check(executor);

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData().orElseThrow().get("reason").toString()).contains("pool closed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
