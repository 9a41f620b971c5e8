package com.tariffbridge.token;

/** How a refresh-token grant ended (RFC 6749 §5). */
public sealed interface RefreshResult {

    record Issued(TokenPair tokens) implements RefreshResult {}

    /** {@code invalid_grant}; the description is safe to show the client. */
    record InvalidGrant(String description) implements RefreshResult {}
}
