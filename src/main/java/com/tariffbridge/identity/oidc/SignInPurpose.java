package com.tariffbridge.identity.oidc;

/** What a sign-in at the IdP is for, and so which callback of ours it returns to. */
public enum SignInPurpose {
    /** Inside a connect flow: returns to {@code /connect/signed-in}. */
    CONNECT("/connect/signed-in"),
    /** The account area: returns to {@code /account/signed-in}. */
    ACCOUNT("/account/signed-in");

    private final String callbackPath;

    SignInPurpose(String callbackPath) {
        this.callbackPath = callbackPath;
    }

    public String callbackPath() {
        return callbackPath;
    }
}
