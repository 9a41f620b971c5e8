package com.tariffbridge.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import jakarta.inject.Inject;

/**
 * Answers "may this access token read a tariff, and whose?" with one indexed query (token hash
 * joined to its grant). The hot path of every poll.
 */
@ApplicationScoped
public class BearerCheck {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public BearerResult check(String accessToken) {
        if (accessToken == null || accessToken.length() < 20 || accessToken.length() > 200
                || !accessToken.startsWith(OpaqueToken.prefix(IssuedToken.Kind.ACCESS))) {
            return new BearerResult.Refused(BearerResult.Code.INVALID_TOKEN);
        }
        var rows = em.createQuery("""
                        select t.status, t.expiresAt, g.status, g.revokedReason, g.id, g.supplyPointId, g.customerId,
                               g.flatPeakAccountId
                        from IssuedToken t, Grant g
                        where t.tokenHash = :hash and t.kind = :access and g.id = t.grantId""", Object[].class)
                .setParameter("hash", OpaqueToken.sha256Hex(accessToken))
                .setParameter("access", IssuedToken.Kind.ACCESS)
                .getResultList();
        if (rows.isEmpty()) {
            return new BearerResult.Refused(BearerResult.Code.INVALID_TOKEN);
        }
        Object[] row = rows.get(0);
        if (row[2] == Grant.Status.REVOKED) {
            String reason = (String) row[3];
            return new BearerResult.Refused(reason != null && reason.startsWith(TokenRevocation.BY_CLIENT)
                    ? BearerResult.Code.TOKEN_REVOKED : BearerResult.Code.CONSENT_REVOKED);
        }
        if (row[0] != IssuedToken.Status.ACTIVE) {
            return new BearerResult.Refused(BearerResult.Code.TOKEN_REVOKED);
        }
        if (!clock.instant().isBefore((Instant) row[1])) {
            return new BearerResult.Refused(BearerResult.Code.TOKEN_EXPIRED);
        }
        return new BearerResult.Authorised((Long) row[4], (Long) row[5], (Long) row[6], (String) row[7]);
    }
}
