package com.tariffbridge.admin.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Runs a probe of something remote so that a health request never hangs on it: the probe runs on
 * another thread and the request waits at most {@code patience}; at most one probe is in flight (a
 * hung database or FlatPeak does not collect one stuck thread per request); an answer is reused for
 * {@code freshFor}, so frequent health requests do not become load on the thing probed.
 */
final class BoundedProbe {

    private final String name;
    private final Duration patience;
    private final Duration freshFor;
    private final Supplier<HealthCheckResponse> probe;

    private CompletableFuture<HealthCheckResponse> latest;
    private long startedAt;

    BoundedProbe(
            String name,
            Duration patience,
            Duration freshFor,
            Supplier<HealthCheckResponse> probe) {
        this.name = name;
        this.patience = patience;
        this.freshFor = freshFor;
        this.probe = probe;
    }

    HealthCheckResponse check(Executor executor) {
        CompletableFuture<HealthCheckResponse> answer = current(executor);
        try {
            return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return HealthCheckResponse.named(name)
                    .down()
                    .withData("reason", "no answer within " + patience.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return HealthCheckResponse.named(name)
                    .down()
                    .withData("reason", String.valueOf(e.getCause()))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named(name).down().withData("reason", "interrupted").build();
        }
    }

    private synchronized CompletableFuture<HealthCheckResponse> current(Executor executor) {
        long now = System.nanoTime();
        boolean stale =
                latest == null || (latest.isDone() && now - startedAt >= freshFor.toNanos());
        if (stale) {
            startedAt = now;
            latest = CompletableFuture.supplyAsync(probe, executor);
        }
        return latest;
    }
}
