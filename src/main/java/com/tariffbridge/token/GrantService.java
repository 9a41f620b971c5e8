package com.tariffbridge.token;

import com.tariffbridge.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates grants, mints their tokens and revokes them; every change is audited in its transaction.
 */
@ApplicationScoped
public class GrantService {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject TokenLifetimes lifetimes;

    @Inject AuditLog audit;

    @Inject Clock clock;

    @Inject jakarta.enterprise.event.Event<GrantIssued> grantIssued;

    /**
     * One keyset page of the supply points that at least one active grant shares, ascending by id
     * after {@code afterSupplyPointId}: the work list of the tariff sync, read in bounded pages. No
     * DISTINCT in SQL: with it the database reads every row after the key to de-duplicate before it
     * can stop at the limit; in index order a page stops after {@code limit} rows, and a supply
     * point with several grants only makes the page a little shorter.
     */
    @Transactional
    public java.util.List<Long> sharedSupplyPoints(long afterSupplyPointId, int limit) {
        return em.createQuery(
                        "select g.supplyPointId from Grant g where g.status = :active "
                                + "and g.supplyPointId > :after order by g.supplyPointId",
                        Long.class)
                .setParameter("active", Grant.Status.ACTIVE)
                .setParameter("after", afterSupplyPointId)
                .setMaxResults(limit)
                .getResultStream()
                .distinct()
                .toList();
    }

    /** How many supply points an active grant shares (the size of a full sync). */
    @Transactional
    public long countSharedSupplyPoints() {
        return em.createQuery(
                        "select count(distinct g.supplyPointId) from Grant g where g.status = :active",
                        Long.class)
                .setParameter("active", Grant.Status.ACTIVE)
                .getSingleResult();
    }

    /** A new active grant with its first access and refresh token. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TokenPair issueGrant(long customerId, long supplyPointId, String flatPeakAccountId) {
        var grant = new Grant(customerId, supplyPointId, flatPeakAccountId, clock.instant());
        em.persist(grant);
        em.flush();
        grantIssued.fire(new GrantIssued(grant.getId(), supplyPointId));
        audit.record(
                "GRANT_ISSUED",
                "customer:" + customerId,
                "grant:" + grant.getId(),
                "flatpeak_account=" + flatPeakAccountId + " supply_point_id=" + supplyPointId);
        return mintPair(grant.getId(), clock.instant());
    }

    /**
     * Replaces a grant's tokens with a fresh pair. Used when the first pair never reached FlatPeak
     * (its plaintext is gone by design), so the undelivered tokens die with the retry.
     */
    @Transactional
    public TokenPair reissue(long grantId) {
        Instant now = clock.instant();
        int revoked = revokeTokens(grantId);
        audit.record(
                "TOKENS_REISSUED",
                "system",
                "grant:" + grantId,
                revoked + " undelivered tokens revoked");
        return mintPair(grantId, now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeGrant(long grantId, String actor, String reason) {
        var grant = em.find(Grant.class, grantId);
        if (grant == null || !grant.isActive()) {
            return;
        }
        grant.revoke(clock.instant(), reason);
        int revoked = revokeTokens(grantId);
        audit.record(
                "GRANT_REVOKED",
                actor,
                "grant:" + grantId,
                reason + "; " + revoked + " tokens revoked");
    }

    /**
     * Makes {@code grantId} the one live connection of its FlatPeak account to its supply point:
     * every older active grant of the same pair ends with all its tokens. Called once FlatPeak has
     * accepted the new grant's credentials, so a failed hand-over never leaves the app with none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int supersedeOthers(long grantId) {
        var grant = em.find(Grant.class, grantId);
        if (grant == null) {
            return 0;
        }
        // Rows locked in id order: two hand-overs for one pair at once queue here instead of each
        // ending the other's grant (or deadlocking), and the later one sees what the first left.
        var live =
                em.createQuery(
                                "select g from Grant g where g.status = :active "
                                        + "and g.supplyPointId = :supply "
                                        + "and g.flatPeakAccountId = :account order by g.id",
                                Grant.class)
                        .setParameter("active", Grant.Status.ACTIVE)
                        .setParameter("supply", grant.getSupplyPointId())
                        .setParameter("account", grant.getFlatPeakAccountId())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        if (live.stream().noneMatch(g -> g.getId() == grantId)) {
            return 0;
        }
        int superseded = 0;
        for (Grant old : live) {
            if (old.getId() == grantId) {
                continue;
            }
            old.revoke(clock.instant(), "superseded by grant:" + grantId);
            int revoked = revokeTokens(old.getId());
            audit.record(
                    "GRANT_SUPERSEDED",
                    "system",
                    "grant:" + old.getId(),
                    "superseded by grant:" + grantId + "; " + revoked + " tokens revoked");
            superseded++;
        }
        return superseded;
    }

    /**
     * A new pair for a refresh: the grant's live access tokens end now, and the new refresh token
     * inherits {@code refreshExpiry} so the refresh lifetime stays absolute.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TokenPair rotate(long grantId, Instant refreshExpiry) {
        Instant now = clock.instant();
        em.createQuery(
                        "update IssuedToken t set t.status = :revoked "
                                + "where t.grantId = :grant and t.kind = :access and t.status = :active")
                .setParameter("revoked", IssuedToken.Status.REVOKED)
                .setParameter("access", IssuedToken.Kind.ACCESS)
                .setParameter("active", IssuedToken.Status.ACTIVE)
                .setParameter("grant", grantId)
                .executeUpdate();
        String access = OpaqueToken.mint(IssuedToken.Kind.ACCESS);
        String refresh = OpaqueToken.mint(IssuedToken.Kind.REFRESH);
        Instant accessExpiry = min(now.plus(lifetimes.access()), refreshExpiry);
        em.persist(
                new IssuedToken(
                        grantId,
                        IssuedToken.Kind.ACCESS,
                        OpaqueToken.sha256Hex(access),
                        now,
                        accessExpiry));
        em.persist(
                new IssuedToken(
                        grantId,
                        IssuedToken.Kind.REFRESH,
                        OpaqueToken.sha256Hex(refresh),
                        now,
                        refreshExpiry));
        return new TokenPair(grantId, access, refresh, accessExpiry);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private int revokeTokens(long grantId) {
        return em.createQuery(
                        "update IssuedToken t set t.status = :revoked "
                                + "where t.grantId = :grant and t.status = :active")
                .setParameter("revoked", IssuedToken.Status.REVOKED)
                .setParameter("active", IssuedToken.Status.ACTIVE)
                .setParameter("grant", grantId)
                .executeUpdate();
    }

    private TokenPair mintPair(long grantId, Instant now) {
        String access = OpaqueToken.mint(IssuedToken.Kind.ACCESS);
        String refresh = OpaqueToken.mint(IssuedToken.Kind.REFRESH);
        Instant accessExpiry = now.plus(lifetimes.access());
        em.persist(
                new IssuedToken(
                        grantId,
                        IssuedToken.Kind.ACCESS,
                        OpaqueToken.sha256Hex(access),
                        now,
                        accessExpiry));
        em.persist(
                new IssuedToken(
                        grantId,
                        IssuedToken.Kind.REFRESH,
                        OpaqueToken.sha256Hex(refresh),
                        now,
                        now.plus(lifetimes.refresh())));
        return new TokenPair(grantId, access, refresh, accessExpiry);
    }
}
