package com.tariffbridge.sandbox.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the sandbox billing system holds for one supply point. {@code tariffsJson} is the tariffs'
 * JSON, rendered once and shared by every account with the same tariffs, so answering a page of
 * 1,000 costs string copies, not JSON writing.
 */
public record BillingAccount(
        String reference,
        BillingTariffs tariffs,
        String tariffsJson,
        BillingTerm term,
        BillingAddress address,
        Instant updatedAt) {

    public static BillingAccount of(
            String reference,
            BillingTariffs tariffs,
            BillingTerm term,
            BillingAddress address,
            Instant updatedAt) {
        return new BillingAccount(reference, tariffs, tariffs.fragment(), term, address, updatedAt);
    }

    BillingAccount repriced(BigDecimal factor, Instant now) {
        return of(reference, tariffs.repriced(factor), term, address, now);
    }

    /** A new fixed term of one year from the current end (from now for a contract without end). */
    BillingAccount renewed(Instant now) {
        Instant from =
                term.end() == null
                        ? now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        : term.end();
        Instant end = from.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
        return new BillingAccount(
                reference,
                tariffs,
                tariffsJson,
                BillingTerm.fixed(term.start(), end),
                address,
                now);
    }
}
