package com.tariffbridge.sandbox.billing;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.contract.TermType;
import com.tariffbridge.tariff.TariffDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the sandbox billing system holds for one supply point. {@code tariffsJson} is the tariffs'
 * JSON, rendered once and shared by every account with the same tariffs, so answering a page of
 * 1,000 costs string copies, not JSON writing.
 */
record BillingAccount(
        String reference,
        TariffDocument tariffs,
        String tariffsJson,
        ContractTerm term,
        PostalAddress address,
        Instant updatedAt) {

    static BillingAccount of(
            String reference,
            TariffDocument tariffs,
            ContractTerm term,
            PostalAddress address,
            Instant updatedAt) {
        return new BillingAccount(reference, tariffs, fragment(tariffs), term, address, updatedAt);
    }

    /** {@code "tariffs":[…],"market_prices":[…]} without the surrounding braces. */
    static String fragment(TariffDocument tariffs) {
        String json = tariffs.toJson();
        return json.substring(1, json.length() - 1);
    }

    BillingAccount repriced(BigDecimal factor, Instant now) {
        return of(reference, Repricing.times(tariffs, factor), term, address, now);
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
                new ContractTerm(term.start(), end, TermType.FIXED_TERM),
                address,
                now);
    }
}
