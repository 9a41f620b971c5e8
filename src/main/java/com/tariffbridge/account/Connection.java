package com.tariffbridge.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * One live grant as the customer sees it; {@code lastPolled} and {@code contractEnd} may be null.
 */
public record Connection(
        long grantId,
        String accountName,
        String logoUrl,
        String supplyReference,
        String supplyLabel,
        String supplyAddress,
        Instant connectedSince,
        Instant lastPolled,
        Instant contractEnd)
        implements Serializable {}
