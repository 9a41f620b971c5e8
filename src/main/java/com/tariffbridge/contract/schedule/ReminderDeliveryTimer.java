package com.tariffbridge.contract.schedule;

import com.tariffbridge.contract.RenewalReminderService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every minute, across all servers once: retry reminder mails the SMTP server did not take yet. */
@Singleton
public class ReminderDeliveryTimer {

    @Inject RenewalReminderService reminders;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "renewal-reminder-delivery")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        reminders.deliverDue();
    }
}
