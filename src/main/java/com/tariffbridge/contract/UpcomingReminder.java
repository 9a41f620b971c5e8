package com.tariffbridge.contract;

import java.time.LocalDate;

/**
 * A shared supply whose contract ends within the longest lead: when it ends (provider's day), how
 * many days are left, and the next reminder still to send (lead and day; null when none is left).
 */
public record UpcomingReminder(
        long contractId,
        String supplyPoint,
        String customerEmail,
        LocalDate endDay,
        long daysLeft,
        Integer nextLead,
        LocalDate nextOn) {}
