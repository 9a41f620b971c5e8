package com.tariffbridge.contract;

import java.time.Instant;

/** A reminder the run has decided is due: which contract, whose, and how many days ahead. */
public record DueReminder(
        long contractId, long supplyPointId, long customerId, int leadDays, Instant contractEnd) {}
