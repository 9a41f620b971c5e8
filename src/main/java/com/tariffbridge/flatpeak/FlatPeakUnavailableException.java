package com.tariffbridge.flatpeak;

/** FlatPeak could not be reached or answered 5xx; worth trying again later. */
public class FlatPeakUnavailableException extends RuntimeException {

    public FlatPeakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public FlatPeakUnavailableException(String message) {
        super(message);
    }
}
