package com.tariffbridge.platform;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;

/**
 * One persistent interval timer per job across all servers. The timer lives in the shared database;
 * it is created only when none with this job's name and interval exists, so servers starting
 * together (or restarting) do not multiply it, a changed interval replaces the old timer, and a run
 * missed while all servers were down fires once at start.
 */
public final class IntervalTimers {

    private IntervalTimers() {}

    /** Call from the timer bean's {@code @PostConstruct}; the info names the job and interval. */
    public static void ensure(TimerService timers, String name, Duration interval) {
        String info = name + " every " + interval;
        boolean scheduled = false;
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo())) {
                scheduled = true;
            } else if (String.valueOf(timer.getInfo()).startsWith(name)) {
                timer.cancel();
            }
        }
        if (!scheduled) {
            timers.createIntervalTimer(
                    interval.toMillis(), interval.toMillis(), new TimerConfig(info, true));
        }
    }
}
