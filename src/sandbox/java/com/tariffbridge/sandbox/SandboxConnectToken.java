package com.tariffbridge.sandbox;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * One connect token and what happened to it. Immutable: each change yields a new value, so the map
 * holding them can swap values atomically. The rules are FlatPeak's as the provider sees them: a
 * session can be fetched while the token is pending and young; one decision is recorded, and
 * repeating exactly that decision is harmless (the provider retries). {@code decisions} counts the
 * decision requests accepted, so a rehearsal can tell one delivery from a retried one.
 */
public record SandboxConnectToken(
        String value,
        SandboxAccount account,
        String connectWebUri,
        Instant issuedAt,
        SandboxTokenStatus status,
        JsonObject authCapture,
        int sessionFetches,
        int decisions) {

    static SandboxConnectToken issue(
            String value, SandboxAccount account, String connectWebUri, Instant now) {
        return new SandboxConnectToken(
                value, account, connectWebUri, now, SandboxTokenStatus.PENDING, null, 0, 0);
    }

    boolean isExpired(Instant now, Duration ttl) {
        return !now.isBefore(issuedAt.plus(ttl));
    }

    SandboxConnectToken countingSessionFetch() {
        return new SandboxConnectToken(
                value,
                account,
                connectWebUri,
                issuedAt,
                status,
                authCapture,
                sessionFetches + 1,
                decisions);
    }

    /** The same decision with another capture body, as when FlatPeak keeps renewed credentials. */
    SandboxConnectToken withCapture(JsonObject capture) {
        return new SandboxConnectToken(
                value,
                account,
                connectWebUri,
                issuedAt,
                status,
                capture,
                sessionFetches,
                decisions);
    }

    /** Why this token's session may not be fetched now, or null when it may. */
    TokenRefusal sessionRefusal(Instant now, Duration ttl) {
        if (status != SandboxTokenStatus.PENDING) {
            return TokenRefusal.ALREADY_DECIDED;
        }
        return isExpired(now, ttl) ? TokenRefusal.EXPIRED : null;
    }

    /**
     * The token with the decision recorded. A decided token accepts the same action again; a
     * repeated auth capture replaces the stored body, because a provider whose first answer was
     * lost re-sends with freshly minted credentials and FlatPeak must poll with the newest ones. A
     * different action is a conflict.
     */
    SandboxConnectToken decide(SandboxDecision decision, Instant now, Duration ttl) {
        if (status != SandboxTokenStatus.PENDING) {
            if (decision.status() != status) {
                throw new TokenRefusedException(TokenRefusal.CONFLICTING_DECISION);
            }
            return recorded(decision);
        }
        if (isExpired(now, ttl)) {
            throw new TokenRefusedException(TokenRefusal.EXPIRED);
        }
        return recorded(decision);
    }

    private SandboxConnectToken recorded(SandboxDecision decision) {
        return new SandboxConnectToken(
                value,
                account,
                connectWebUri,
                issuedAt,
                decision.status(),
                decision.authCapture(),
                sessionFetches,
                decisions + 1);
    }
}
