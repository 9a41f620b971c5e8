package com.tariffbridge.token;

import java.io.Serializable;
import java.time.Instant;

/**
 * One grant (a connection) as staff see it: whose, which supply point, which FlatPeak account, its
 * state.
 */
public record GrantRow(
        long id,
        String customerEmail,
        String supplyPoint,
        String flatPeakAccountId,
        Grant.Status status,
        Instant createdAt,
        Instant revokedAt,
        String revokedReason)
        implements Serializable {

    public boolean isActive() {
        return status == Grant.Status.ACTIVE;
    }
}
