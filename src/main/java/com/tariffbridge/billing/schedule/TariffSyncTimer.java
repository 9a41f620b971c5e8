package com.tariffbridge.billing.schedule;

import com.tariffbridge.billing.TariffSync;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code sync.interval}, once across all servers: a tariff sync run. The persistent timer
 * lives in the shared database; it is created only when none with this interval exists, so servers
 * starting together (or restarting) do not multiply it, and a run missed while all were down fires
 * once at start.
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
        String info = NAME + " every " + interval;
        boolean scheduled = false;
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo())) {
                scheduled = true;
            } else if (String.valueOf(timer.getInfo()).startsWith(NAME)) {
                timer.cancel();
            }
        }
        if (!scheduled) {
            timers.createIntervalTimer(
                    interval.toMillis(), interval.toMillis(), new TimerConfig(info, true));
        }
    }

    @jakarta.ejb.Timeout
    void fire() {
        sync.runScheduled();
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
