package com.tariffbridge.token;

import java.util.Locale;

/** Outcome of checking an access token. */
public sealed interface BearerResult {

    /** The grant this token speaks for. */
    record Authorised(long grantId, long supplyPointId, long customerId, String flatPeakAccountId)
            implements BearerResult {}

    record Refused(Code code) implements BearerResult {}

    /** The {@code code} of the 401 problem body, as FlatPeak's contract names it. */
    enum Code {
        INVALID_TOKEN("The access token is not valid."),
        TOKEN_EXPIRED("The access token has expired; refresh it at the token endpoint."),
        TOKEN_REVOKED("The access token was revoked."),
        CONSENT_REVOKED("The customer's consent was withdrawn; a new connection is needed.");

        private final String message;

        Code(String message) {
            this.message = message;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String message() {
            return message;
        }
    }
}
