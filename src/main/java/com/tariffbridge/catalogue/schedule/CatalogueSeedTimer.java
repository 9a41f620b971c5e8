package com.tariffbridge.catalogue.schedule;

import com.tariffbridge.catalogue.CatalogueRefresh;
import com.tariffbridge.platform.Backoff;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shortly after each start, fills an empty catalogue, so a fresh server lists products before the
 * first sync run. Billing may start after us (the sandbox does), so a failed read is tried again
 * with back-off, a bounded number of times. Not persistent: every server checks once, and a server
 * that finds products does nothing.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueSeedTimer {

    private static final int MAX_ATTEMPTS = 8;

    @Resource TimerService timers;

    @Inject
    @ConfigProperty(name = "catalogue.seed-delay", defaultValue = "PT10S")
    Duration delay;

    @Inject CatalogueRefresh refresh;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(delay.toMillis(), new TimerConfig(1, false));
    }

    @jakarta.ejb.Timeout
    void fire(Timer timer) {
        int attempt = (Integer) timer.getInfo();
        if (!refresh.seedIfEmpty() && attempt < MAX_ATTEMPTS) {
            Duration wait = new Backoff(delay, Duration.ofMinutes(5)).after(attempt);
            timers.createSingleActionTimer(wait.toMillis(), new TimerConfig(attempt + 1, false));
        }
    }
}
