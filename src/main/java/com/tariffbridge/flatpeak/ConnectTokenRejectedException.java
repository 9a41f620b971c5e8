package com.tariffbridge.flatpeak;

/** FlatPeak answered 4xx: the connect token is unknown, used or expired. Retrying will not help. */
public class ConnectTokenRejectedException extends RuntimeException {

    private final int status;

    public ConnectTokenRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
