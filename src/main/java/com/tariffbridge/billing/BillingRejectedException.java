package com.tariffbridge.billing;

/**
 * Billing refused our request with a 4xx (bad credentials, a request it cannot read): asking again
 * will not help until an operator fixes configuration, so it is neither retried nor a circuit
 * fault.
 */
public class BillingRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public BillingRejectedException(String message) {
        this(message, 400);
    }

    public BillingRejectedException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** Billing's HTTP status: 404 says it does not know what we asked about. */
    public int status() {
        return status;
    }
}
