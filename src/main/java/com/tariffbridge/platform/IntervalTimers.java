package com.tariffbridge.platform;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;

/**
 * One persistent interval timer per job across all servers ({@link PersistentTimers}: kept when its
 * interval is unchanged, replaced when it changed, created once); a run missed while all servers
 * were down fires once at start.
 */
public final class IntervalTimers {

    private IntervalTimers() {}

    /** Call from the timer bean's {@code @PostConstruct}; the info names the job and interval. */
    public static void ensure(TimerService timers, String name, Duration interval) {
        String info = name + " every " + interval;
        long millis = interval.toMillis();
        PersistentTimers.reconcile(
                timers.getTimers(),
                name,
                info,
                () -> timers.createIntervalTimer(millis, millis, new TimerConfig(info, true)));
    }
}
