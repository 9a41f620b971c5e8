package com.tariffbridge.admin.health;

import com.tariffbridge.flatpeak.FlatPeakGateway;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether FlatPeak's API answers, under readiness so that ops see it beside the database.
 * By default it does not gate readiness: a FlatPeak outage hits every replica at once, and taking
 * them all out of the balancer would also stop the tariff polls and token refreshes, which do not
 * need FlatPeak (connect flows already show the retry page). {@code health.flatpeak.readiness-gate}
 * makes it a gate for providers whose balancer should react. The probe result is reused for {@code
 * health.flatpeak.interval}, so FlatPeak sees at most one probe per interval from this server
 * however often the orchestrator asks.
 */
@Readiness
@ApplicationScoped
public class FlatPeakReachabilityCheck implements HealthCheck {

    static final String NAME = "flatpeak-api";

    @Inject FlatPeakGateway flatPeak;

    @Resource ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "health.flatpeak.timeout", defaultValue = "PT2S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "health.flatpeak.interval", defaultValue = "PT15S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "flatpeak.api.url")
    Optional<String> apiUrl;

    @Inject
    @ConfigProperty(name = "health.flatpeak.readiness-gate", defaultValue = "false")
    boolean gate;

    private BoundedProbe probe;

    @PostConstruct
    void init() {
        probe = new BoundedProbe(NAME, timeout, interval, this::probeFlatPeak);
    }

    @Override
    public HealthCheckResponse call() {
        return reported(probe.check(executor), gate);
    }

    static HealthCheckResponse reported(HealthCheckResponse probed, boolean gate) {
        if (gate) {
            return probed;
        }
        boolean reachable = probed.getStatus() == HealthCheckResponse.Status.UP;
        var reported = HealthCheckResponse.named(NAME).up().withData("reachable", reachable);
        probed.getData()
                .flatMap(data -> Optional.ofNullable(data.get("reason")))
                .ifPresent(reason -> reported.withData("reason", String.valueOf(reason)));
        return reported.build();
    }

    private HealthCheckResponse probeFlatPeak() {
        if (apiUrl.filter(url -> !url.isBlank()).isEmpty()) {
            // Without an address there is nothing to probe (and no REST client to build).
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("reason", "flatpeak.api.url is not configured")
                    .build();
        }
        var reachability = flatPeak.probe();
        return reachability.reachable()
                ? HealthCheckResponse.named(NAME).up().build()
                : HealthCheckResponse.named(NAME)
                        .down()
                        .withData("reason", reachability.reason())
                        .build();
    }
}
