package com.tariffbridge.housekeeping.schedule;

import com.tariffbridge.housekeeping.Housekeeping;
import com.tariffbridge.platform.IntervalTimers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code housekeeping.interval}, once across all servers ({@link IntervalTimers}: one
 * persistent timer in the shared database): a housekeeping run. No transaction of its own; each
 * batch has one.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(HousekeepingTimer.class.getName());
    static final String NAME = "housekeeping";

    @Resource TimerService timers;

    @Inject
    @ConfigProperty(name = "housekeeping.interval", defaultValue = "PT1H")
    Duration interval;

    @Inject Housekeeping housekeeping;

    @PostConstruct
    void schedule() {
        IntervalTimers.ensure(timers, NAME, interval);
    }

    @Timeout
    void run() {
        var run = housekeeping.run();
        if (run.total() > 0) {
            LOG.info(() -> "Housekeeping: " + run);
        }
    }
}
