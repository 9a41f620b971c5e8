package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The connect tokens the sandbox has minted, and FlatPeak's rules for using them.
 *
 * <p>State is kept in memory on purpose: the sandbox is a development and test stand-in for
 * FlatPeak, not production data, and a restart that forgets every token is what a developer
 * expects. It is bounded, because {@code POST /connect/tokens} needs no credentials: tokens long
 * past their lifetime are forgotten, and beyond {@value #CAPACITY} tokens the oldest go first.
 */
@ApplicationScoped
public class SandboxConnectTokens {

    static final int CAPACITY = 10_000;
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    private final Map<String, SandboxConnectToken> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    @Inject
    public SandboxConnectTokens(
            Clock clock,
            @ConfigProperty(name = "sandbox.flatpeak.token-ttl", defaultValue = "PT24H")
                    Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("sandbox.flatpeak.token-ttl must be positive");
        }
        this.clock = clock;
        this.ttl = ttl;
    }

    /** For the CDI proxy only. */
    protected SandboxConnectTokens() {
        this.clock = null;
        this.ttl = null;
    }

    public SandboxConnectToken mint(SandboxAccount account, String connectWebUri) {
        Instant now = clock.instant();
        forgetStale(now);
        var token =
                SandboxConnectToken.issue(SandboxIds.connectToken(), account, connectWebUri, now);
        tokens.put(token.value(), token);
        return token;
    }

    public Optional<SandboxConnectToken> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(tokens.get(token));
    }

    /**
     * {@code GET /connect/session}: counts the fetch (refused ones too, so tests can see every call
     * that reached the sandbox), then answers the token or throws why not.
     */
    public SandboxConnectToken openSession(String token) {
        Instant now = clock.instant();
        TokenRefusal[] refusal = new TokenRefusal[1];
        var counted =
                token == null
                        ? null
                        : tokens.computeIfPresent(
                                token,
                                (key, current) -> {
                                    refusal[0] = current.sessionRefusal(now, ttl);
                                    return current.countingSessionFetch();
                                });
        if (counted == null) {
            throw new TokenRefusedException(TokenRefusal.UNKNOWN);
        }
        if (refusal[0] != null) {
            throw new TokenRefusedException(refusal[0]);
        }
        return counted;
    }

    /**
     * Records the decision atomically, or throws why it cannot be; a refusal leaves the token as it
     * was.
     */
    public SandboxConnectToken decide(String token, SandboxDecision decision) {
        Instant now = clock.instant();
        var decided =
                token == null
                        ? null
                        : tokens.computeIfPresent(
                                token, (key, current) -> current.decide(decision, now, ttl));
        if (decided == null) {
            throw new TokenRefusedException(TokenRefusal.UNKNOWN);
        }
        return decided;
    }

    /**
     * What FlatPeak does after renewing credentials at our token endpoint: keep polling with the
     * new pair. Replaces the captured auth_data's tokens; the rest of the capture stays as
     * received.
     */
    public Optional<SandboxConnectToken> renewCredentials(
            String token, String accessToken, String refreshToken, String expiresAt) {
        return Optional.ofNullable(
                token == null
                        ? null
                        : tokens.computeIfPresent(
                                token,
                                (key, current) -> {
                                    if (current.authCapture() == null) {
                                        return current;
                                    }
                                    var capture = current.authCapture();
                                    var authData =
                                            jakarta.json.Json.createObjectBuilder(
                                                            capture.getJsonObject("auth_data"))
                                                    .add("access_token", accessToken)
                                                    .add("refresh_token", refreshToken)
                                                    .add("expires_at", expiresAt);
                                    var renewed =
                                            jakarta.json.Json.createObjectBuilder(capture)
                                                    .add("auth_data", authData)
                                                    .build();
                                    return current.withCapture(renewed);
                                }));
    }

    private void forgetStale(Instant now) {
        Instant cutoff = now.minus(ttl).minus(KEPT_AFTER_EXPIRY);
        tokens.values().removeIf(t -> t.issuedAt().isBefore(cutoff));
        if (tokens.size() >= CAPACITY) {
            tokens.values().stream()
                    .sorted(Comparator.comparing(SandboxConnectToken::issuedAt))
                    .limit(tokens.size() - CAPACITY + 1L)
                    .map(SandboxConnectToken::value)
                    .toList()
                    .forEach(tokens::remove);
        }
    }
}
