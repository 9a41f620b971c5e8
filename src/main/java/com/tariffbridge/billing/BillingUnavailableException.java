package com.tariffbridge.billing;

/** Billing could not be reached, timed out or answered 5xx; worth trying again later. */
public class BillingUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    public BillingUnavailableException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    public BillingUnavailableException(String message) {
        this(message, false, null);
    }

    /** The read or connect timed out, as opposed to a refusal or a 5xx. */
    public boolean timedOut() {
        return timedOut;
    }
}
