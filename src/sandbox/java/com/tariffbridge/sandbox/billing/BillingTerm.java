package com.tariffbridge.sandbox.billing;

import java.time.Instant;

/**
 * A contract term as billing records it: start, end (null while it runs until terminated) and the
 * term type name of the billing API ({@code FIXED_TERM}, {@code UNTIL_TERMINATED}).
 */
public record BillingTerm(Instant start, Instant end, String type) {

    public static final String FIXED_TERM = "FIXED_TERM";
    public static final String UNTIL_TERMINATED = "UNTIL_TERMINATED";

    public static BillingTerm fixed(Instant start, Instant end) {
        return new BillingTerm(start, end, FIXED_TERM);
    }

    public static BillingTerm untilTerminated(Instant start) {
        return new BillingTerm(start, null, UNTIL_TERMINATED);
    }

    /** Billing counts a term as over once its end has passed. */
    public boolean endedAt(Instant now) {
        return end != null && !end.isAfter(now);
    }
}
