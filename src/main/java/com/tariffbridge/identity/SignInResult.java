package com.tariffbridge.identity;

import java.time.Instant;

/** What a sign-in attempt came to. Failure is a normal outcome here, not an exception. */
public sealed interface SignInResult {

    record SignedIn(long customerId, String displayName) implements SignInResult {}

    /** Wrong email or password; deliberately does not say which. */
    record Rejected() implements SignInResult {}

    record Locked(Instant until) implements SignInResult {}

    /** The directory knew the password, but billing knows no customer for this account. */
    record NoBillingAccount() implements SignInResult {}

    /** The provider's directory or billing could not answer in time: nothing was decided. */
    record Unavailable() implements SignInResult {}
}
