package com.tariffbridge.billing;

/**
 * Billing refused our request with a 4xx (bad credentials, a request it cannot read): asking again
 * will not help until an operator fixes configuration, so it is neither retried nor a circuit
 * fault.
 */
public class BillingRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BillingRejectedException(String message) {
        super(message);
    }
}
