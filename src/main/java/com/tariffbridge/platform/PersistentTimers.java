package com.tariffbridge.platform;

import jakarta.ejb.Timer;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * One persistent timer per job across all servers, whatever kind of timer it is (interval or
 * calendar). The timers live in the shared database, so at start a server reconciles rather than
 * creates: the job's timer with the wanted schedule is kept, the job's other timers (an old
 * schedule, or a double left by servers starting together) are cancelled, and the timer is created
 * only when none was kept. Call from the timer bean's {@code @PostConstruct}.
 */
public final class PersistentTimers {

    private PersistentTimers() {}

    /**
     * @param existing the bean's timers ({@code TimerService.getTimers()})
     * @param job the prefix of every info this job's timers carry
     * @param info the info of the wanted timer: the job and its schedule, so a change shows
     * @param create creates the wanted timer with that info
     * @return true when the timer was created now, false when it was already there
     */
    public static boolean reconcile(
            Collection<Timer> existing, String job, String info, Supplier<Timer> create) {
        if (!info.startsWith(job)) {
            throw new IllegalArgumentException("the info " + info + " must start with " + job);
        }
        boolean kept = false;
        for (Timer timer : existing) {
            String present = String.valueOf(timer.getInfo());
            if (!kept && info.equals(present)) {
                kept = true;
            } else if (present.startsWith(job)) {
                timer.cancel();
            }
        }
        if (!kept) {
            create.get();
        }
        return !kept;
    }
}
