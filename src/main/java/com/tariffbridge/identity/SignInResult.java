package com.tariffbridge.identity;

import java.time.Duration;
import java.time.Instant;

/** What a sign-in attempt came to. Failure is a normal outcome here, not an exception. */
public sealed interface SignInResult {

    record SignedIn(long customerId, String displayName) implements SignInResult {}

    /** Wrong email or password; deliberately does not say which. */
    record Rejected() implements SignInResult {}

    record Locked(Instant until) implements SignInResult {

        /**
         * The whole minutes the page tells the customer to wait: rounded up, and never "0 minutes"
         * for a lock that ends within the minute or has just ended.
         */
        public long minutesLeft(Instant now) {
            long millis = Duration.between(now, until).toMillis();
            return Math.max(1, Math.floorDiv(millis + 59_999, 60_000));
        }
    }

    /** The directory knew the password, but billing knows no customer for this account. */
    record NoBillingAccount() implements SignInResult {}

    /** The provider's directory or billing could not answer in time: nothing was decided. */
    record Unavailable() implements SignInResult {}
}
