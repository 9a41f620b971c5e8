package com.tariffbridge.token;

import java.time.Instant;
import java.util.Optional;

/**
 * The rules that decide whether an access token may read a tariff now, applied to the token's and
 * its grant's state as looked up by the caller (the tariff poll reads them in its one query).
 */
public final class BearerCheck {

    private BearerCheck() {}

    /** Cheap shape check first, so garbage never costs a hash or a query. */
    public static boolean plausible(String accessToken) {
        return accessToken != null
                && accessToken.length() >= 20
                && accessToken.length() <= 200
                && accessToken.startsWith(OpaqueToken.prefix(IssuedToken.Kind.ACCESS));
    }

    public static String hash(String accessToken) {
        return OpaqueToken.sha256Hex(accessToken);
    }

    /** The column value the lookup must match for access tokens. */
    public static String accessKind() {
        return IssuedToken.Kind.ACCESS.name();
    }

    /**
     * Why the token is refused, or empty when it may be used. A revoked grant wins over a revoked
     * token, so FlatPeak learns that consent is gone rather than retrying with a refresh.
     */
    public static Optional<BearerResult.Code> refusal(
            String tokenStatus,
            Instant expiresAt,
            String grantStatus,
            String revokedReason,
            Instant now) {
        if (Grant.Status.REVOKED.name().equals(grantStatus)) {
            return Optional.of(
                    revokedReason != null && revokedReason.startsWith(TokenRevocation.BY_CLIENT)
                            ? BearerResult.Code.TOKEN_REVOKED
                            : BearerResult.Code.CONSENT_REVOKED);
        }
        if (!IssuedToken.Status.ACTIVE.name().equals(tokenStatus)) {
            return Optional.of(BearerResult.Code.TOKEN_REVOKED);
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(BearerResult.Code.TOKEN_EXPIRED);
        }
        return Optional.empty();
    }
}
