package com.tariffbridge.token;

import java.time.Instant;

/**
 * Freshly minted plaintext tokens, handed once to FlatPeak and never stored. {@code toString} hides
 * them so they cannot slip into a log line.
 */
public record TokenPair(
        long grantId, String accessToken, String refreshToken, Instant accessExpiresAt) {

    @Override
    public String toString() {
        return "TokenPair[grantId=" + grantId + ", accessExpiresAt=" + accessExpiresAt + "]";
    }
}
