package com.tariffbridge.token;

import com.tariffbridge.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * RFC 7009 revocation by the client. Revoking a refresh token ends the grant (and with it every
 * access token), because nothing can renew it any more; revoking an access token ends that token.
 * Unknown tokens are not an error: the client's intent, "this token must not work", already holds.
 */
@ApplicationScoped
public class TokenRevocation {

    /** Reason prefix that tells the tariff API "the client revoked it", not "the customer did". */
    public static final String BY_CLIENT = "client: ";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject GrantService grants;

    @Inject AuditLog audit;

    @Transactional
    public void revoke(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 200) {
            return;
        }
        em.createQuery("select t from IssuedToken t where t.tokenHash = :hash", IssuedToken.class)
                .setParameter("hash", OpaqueToken.sha256Hex(presented))
                .getResultStream()
                .findFirst()
                .ifPresent(this::revoke);
    }

    private void revoke(IssuedToken token) {
        if (token.getKind() == IssuedToken.Kind.REFRESH) {
            grants.revokeGrant(
                    token.getGrantId(),
                    "flatpeak",
                    BY_CLIENT + "refresh token revoked via /oauth/revoke");
        } else if (token.getStatus() == IssuedToken.Status.ACTIVE) {
            token.revoke();
            audit.record(
                    "ACCESS_TOKEN_REVOKED",
                    "flatpeak",
                    "grant:" + token.getGrantId(),
                    "via /oauth/revoke");
        }
    }
}
