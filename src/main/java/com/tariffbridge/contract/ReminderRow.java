package com.tariffbridge.contract;

import java.time.Instant;

/**
 * A queued, sent or failed renewal reminder as staff see it, with the supply point and customer
 * named.
 */
public record ReminderRow(
        long id,
        String supplyPoint,
        String customerEmail,
        int leadDays,
        Instant contractEnd,
        RenewalReminder.Status status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant sentAt,
        String lastError) {}
