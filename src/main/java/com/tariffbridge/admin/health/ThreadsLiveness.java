package com.tariffbridge.admin.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads are deadlocked: the one state a restart fixes and waiting does not. A slow
 * database or an absent FlatPeak is readiness, never liveness, or an outage would restart every
 * server.
 */
@Liveness
@ApplicationScoped
public class ThreadsLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        return deadlocked == null
                ? HealthCheckResponse.named("threads").up().build()
                : HealthCheckResponse.named("threads")
                        .down()
                        .withData("reason", deadlocked.length + " threads deadlocked")
                        .build();
    }
}
