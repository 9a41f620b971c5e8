package com.tariffbridge.contract.schedule;

import com.tariffbridge.contract.RenewalReminderService;
import com.tariffbridge.platform.PersistentTimers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Daily at {@code reminder.time} in the provider's zone (the container keeps the wall-clock time
 * across DST changes): one persistent calendar timer, shared by all servers through the timer
 * store, reconciled at start by {@link PersistentTimers}. A doubled timer (two servers starting at
 * once) only runs an idempotent job twice until the next start cancels it.
 */
@Singleton
@Startup
public class RenewalReminderTimer {

    private static final Logger LOG = Logger.getLogger(RenewalReminderTimer.class.getName());
    static final String INFO_PREFIX = "renewal-reminders@";

    @Resource TimerService timers;

    @Inject RenewalReminderService reminders;

    @Inject
    @ConfigProperty(name = "reminder.time", defaultValue = "08:00")
    String time;

    @Inject
    @ConfigProperty(name = "tariffbridge.provider.zone", defaultValue = "Europe/London")
    String zone;

    @PostConstruct
    void schedule() {
        LocalTime at = LocalTime.parse(time);
        String info = INFO_PREFIX + at + " " + zone;
        boolean created =
                PersistentTimers.reconcile(
                        timers.getTimers(),
                        INFO_PREFIX,
                        info,
                        () ->
                                timers.createCalendarTimer(
                                        new ScheduleExpression()
                                                .hour(at.getHour())
                                                .minute(at.getMinute())
                                                .second(0)
                                                .timezone(zone),
                                        new TimerConfig(info, true)));
        if (created) {
            LOG.info(() -> "Renewal reminders scheduled daily at " + at + " " + zone);
        }
    }

    @jakarta.ejb.Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        reminders.runAsOf(reminders.today());
    }
}
