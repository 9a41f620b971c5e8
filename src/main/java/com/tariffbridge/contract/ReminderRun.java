package com.tariffbridge.contract;

import java.time.LocalDate;

/**
 * What one reminder run did: reminders queued, grants revoked after the grace, mails sent or still
 * failing.
 */
public record ReminderRun(LocalDate asOf, int queued, int grantsRevoked, int sent, int failed) {}
