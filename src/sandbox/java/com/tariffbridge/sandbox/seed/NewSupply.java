package com.tariffbridge.sandbox.seed;

import java.time.Instant;

/**
 * A supply point with its electricity contract, in the product's columns: {@code termType} is
 * {@code FIXED_TERM} or {@code UNTIL_TERMINATED}, {@code ended} whether the contract is over.
 */
public record NewSupply(
        String reference,
        String label,
        String line1,
        String line2,
        String city,
        String state,
        String postCode,
        String countryCode,
        Instant start,
        Instant end,
        String termType,
        boolean ended) {}
