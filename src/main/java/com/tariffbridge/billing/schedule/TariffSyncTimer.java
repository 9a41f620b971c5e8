package com.tariffbridge.billing.schedule;

import com.tariffbridge.billing.TariffSync;
import com.tariffbridge.platform.IntervalTimers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code sync.interval}, once across all servers: a tariff sync run ({@link IntervalTimers}:
 * one persistent timer in the shared database).
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TariffSyncTimer {

    static final String NAME = "tariff-sync";

    @Resource TimerService timers;

    @Inject
    @ConfigProperty(name = "sync.interval", defaultValue = "PT15M")
    Duration interval;

    @Inject TariffSync sync;

    @PostConstruct
    void schedule() {
        IntervalTimers.ensure(timers, NAME, interval);
    }

    @jakarta.ejb.Timeout
    void fire() {
        sync.runScheduled(interval);
    }

    /** When the next scheduled run is due (for ops views and a later health check). */
    public Optional<java.time.Instant> nextRun() {
        return timers.getTimers().stream()
                .filter(timer -> String.valueOf(timer.getInfo()).startsWith(NAME))
                .map(timer -> timer.getNextTimeout().toInstant())
                .min(java.time.Instant::compareTo);
    }

    public Duration interval() {
        return interval;
    }
}
