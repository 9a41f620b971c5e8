package com.tariffbridge.connect;

import com.tariffbridge.identity.SignInResult;

/** How a sign-in inside the flow ended. */
public sealed interface SignInStep {

    record Proceed(ConnectState next) implements SignInStep {}

    record WrongCredentials() implements SignInStep {}

    record LockedOut(SignInResult.Locked lock) implements SignInStep {}

    /** The provider's directory knew the password, billing knows no customer for it. */
    record NoBillingAccount() implements SignInStep {}

    /** The provider's directory or billing did not answer: try again. */
    record Unavailable() implements SignInStep {}

    /** The flow is no longer waiting for a sign-in (replayed POST, back button, expiry). */
    record NotExpectedStep(ConnectState current) implements SignInStep {}
}
