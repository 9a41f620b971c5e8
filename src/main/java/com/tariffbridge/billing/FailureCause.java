package com.tariffbridge.billing;

/** Why billing could not tell us about a supply point in a sync run. */
public enum FailureCause {
    /** The call (after its retry) ran out of time: billing is slow. */
    TIMEOUT,
    /** The circuit breaker was open after repeated failures: billing was not even asked. */
    CIRCUIT_OPEN,
    /** Billing was unreachable, answered 5xx, or our bulkhead was full. */
    UNAVAILABLE,
    /**
     * Billing refused the request, does not know the supply point, or sent a record we cannot use.
     */
    REJECTED
}
