package com.tariffbridge.connect;

/** What can happen to a connect flow. */
public enum ConnectEvent {
    SIGNED_IN,
    SUPPLY_CHOSEN,
    ALLOWED,
    DENIED,
    CANCELLED,
    TIMED_OUT
}
