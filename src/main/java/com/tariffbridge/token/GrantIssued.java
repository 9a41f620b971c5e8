package com.tariffbridge.token;

/**
 * Fired inside the transaction that created a grant, so other features can set up its state with
 * it.
 */
public record GrantIssued(long grantId, long supplyPointId) {}
