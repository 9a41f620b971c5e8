package com.tariffbridge.flatpeak;

/** The customer's answer as FlatPeak names it. */
public enum ConsentDecision {
    DISMISS_LOGIN,
    DISMISS_CONSENT,
    AUTH_CAPTURE
}
