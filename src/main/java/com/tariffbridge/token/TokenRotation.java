package com.tariffbridge.token;

import com.tariffbridge.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refresh with rotation and reuse detection. Each refresh spends the presented refresh token and
 * issues a new pair; the refresh lifetime is absolute (the new token keeps the old expiry), so a
 * consent ends when its year is up however often it was refreshed. A retry with the just-spent
 * token inside the grace window gets the same pair back (the first answer may have been lost); any
 * later use of a spent token means it leaked, and the whole grant is revoked.
 */
@ApplicationScoped
public class TokenRotation {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject GrantService grants;

    @Inject AuditLog audit;

    @Inject Clock clock;

    @Inject TokenLifetimes lifetimes;

    @Inject
    @ConfigProperty(name = "token.refresh.grace", defaultValue = "PT60S")
    Duration grace;

    @Transactional
    public RefreshResult refresh(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 200) {
            return new RefreshResult.InvalidGrant("refresh_token is missing or malformed");
        }
        var found =
                em.createQuery(
                                "select t from IssuedToken t where t.tokenHash = :hash and t.kind = :refresh",
                                IssuedToken.class)
                        .setParameter("hash", OpaqueToken.sha256Hex(presented))
                        .setParameter("refresh", IssuedToken.Kind.REFRESH)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst();
        if (found.isEmpty()) {
            return new RefreshResult.InvalidGrant("refresh token is not known");
        }
        IssuedToken token = found.get();
        Instant now = clock.instant();
        Grant grant = em.find(Grant.class, token.getGrantId());
        if (grant == null || !grant.isActive()) {
            return new RefreshResult.InvalidGrant("the grant was revoked");
        }
        if (token.getStatus() == IssuedToken.Status.SPENT) {
            if (token.inGraceAt(now)) {
                var same = SuccessorSeal.open(token.getSealedSuccessor(), presented, grant.getId());
                if (same.isPresent()) {
                    return new RefreshResult.Issued(same.get());
                }
            }
            grants.revokeGrant(grant.getId(), "system", "refresh token reused after rotation");
            audit.record(
                    "REFRESH_TOKEN_REUSE",
                    "flatpeak:" + grant.getFlatPeakAccountId(),
                    "grant:" + grant.getId(),
                    "spent refresh token presented again; grant revoked");
            return new RefreshResult.InvalidGrant(
                    "refresh token was already used; the grant is revoked");
        }
        if (token.getStatus() != IssuedToken.Status.ACTIVE) {
            return new RefreshResult.InvalidGrant("refresh token was revoked");
        }
        if (!now.isBefore(token.getExpiresAt())) {
            return new RefreshResult.InvalidGrant("refresh token has expired");
        }
        TokenPair next = grants.rotate(grant.getId(), token.getExpiresAt());
        token.spend(now, now.plus(grace), SuccessorSeal.seal(next, presented));
        audit.record(
                "TOKEN_REFRESHED",
                "flatpeak:" + grant.getFlatPeakAccountId(),
                "grant:" + grant.getId(),
                null);
        return new RefreshResult.Issued(next);
    }
}
