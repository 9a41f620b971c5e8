package com.tariffbridge.admin.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Not alive once the datasource's pool has lost too many connections for good. Open Liberty's pool
 * now and then keeps a returned connection as in use and never hands it out again (README, known
 * issue); the lost ones only come back with a restart, which this check asks the orchestrator for
 * before the pool runs dry. Each probe reads Liberty's pool statistics (an MBean read, no database
 * work), so it is cheap at any probe rate.
 */
@Liveness
@ApplicationScoped
public class LostPoolConnectionsLiveness implements HealthCheck {

    static final String NAME = "database-pool";
    private static final String POOL_STATS =
            "WebSphere:type=ConnectionPoolStats,name=jdbc/tariffbridge";

    @Inject
    @ConfigProperty(name = "health.pool.lost-limit", defaultValue = "20")
    long lostLimit;

    @Inject
    @ConfigProperty(name = "health.pool.window", defaultValue = "PT5M")
    Duration window;

    private final MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
    private final Clock clock = Clock.systemUTC();
    private PoolLossWindow samples;

    @PostConstruct
    void init() {
        samples = new PoolLossWindow(window);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME);
        PoolLossWindow.Sample sample;
        try {
            var stats = new ObjectName(POOL_STATS);
            sample =
                    new PoolLossWindow.Sample(
                            clock.instant(),
                            count(stats, "ManagedConnectionCount"),
                            count(stats, "FreeConnectionCount"),
                            count(stats, "ConnectionHandleCount"));
        } catch (JMException | RuntimeException e) {
            // without the statistics nothing can be told; a restart would not give them either
            return response.up().withData("reason", "pool statistics unavailable").build();
        }
        var lost = samples.add(sample);
        response.withData("managed", sample.managed())
                .withData("free", sample.free())
                .withData("handles", sample.handles())
                .withData("lostLimit", lostLimit);
        if (lost.isEmpty()) {
            return response.up().withData("lost", "not known yet").build();
        }
        response.withData("lost", lost.getAsLong());
        return lost.getAsLong() >= lostLimit
                ? response.down()
                        .withData(
                                "reason",
                                lost.getAsLong()
                                        + " pooled connections in use with no holder for "
                                        + window
                                        + ": restart this server")
                        .build()
                : response.up().build();
    }

    private long count(ObjectName stats, String attribute) throws JMException {
        return ((Number) mbeans.getAttribute(stats, attribute)).longValue();
    }
}
