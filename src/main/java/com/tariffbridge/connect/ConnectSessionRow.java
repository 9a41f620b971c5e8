package com.tariffbridge.connect;

import java.time.Instant;

/**
 * One connect session as the admin list shows it, with the customer and supply point it reached.
 */
public record ConnectSessionRow(
        long id,
        ConnectState state,
        String accountName,
        String customerEmail,
        String supplyPoint,
        Instant createdAt,
        Instant updatedAt) {}
