package com.tariffbridge.sandbox;

/** Where a sandbox connect token stands: waiting, or the one decision the provider reported. */
public enum SandboxTokenStatus {
    PENDING,
    DISMISS_LOGIN,
    DISMISS_CONSENT,
    AUTH_CAPTURED
}
