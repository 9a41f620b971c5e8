package com.tariffbridge.token;

import com.tariffbridge.platform.IdBatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Token rows that no longer serve anyone, one bounded batch per call, each in its own transaction.
 * Spent refresh tokens themselves stay until their grant's data goes: presenting one again is how a
 * leak is detected.
 */
@ApplicationScoped
public class TokenHousekeeping {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    /**
     * Forgets the sealed successor pair of rotated refresh tokens whose grace window ended: past it
     * the pair is never handed out again, so keeping it only keeps live credentials (sealed, but
     * still) in the database.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetSuccessorsBatch(Instant now, int batch) {
        return IdBatches.apply(
                em.createQuery(
                                // spend() sets both together; by grace_until, so its index serves
                                "select t.id from IssuedToken t where t.graceUntil <= :now "
                                        + "and t.sealedSuccessor is not null order by t.graceUntil",
                                Long.class)
                        .setParameter("now", now),
                batch,
                ids ->
                        em.createQuery(
                                        "update IssuedToken t set t.sealedSuccessor = null "
                                                + "where t.id in :ids")
                                .setParameter("ids", ids)
                                .executeUpdate());
    }

    /** Deletes access tokens that expired before the cutoff (nothing refers to a token row). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpiredAccessBatch(Instant cutoff, int batch) {
        return IdBatches.apply(
                em.createQuery(
                                "select t.id from IssuedToken t where t.kind = :access "
                                        + "and t.expiresAt < :cutoff order by t.expiresAt",
                                Long.class)
                        .setParameter("access", IssuedToken.Kind.ACCESS)
                        .setParameter("cutoff", cutoff),
                batch,
                ids ->
                        em.createQuery("delete from IssuedToken t where t.id in :ids")
                                .setParameter("ids", ids)
                                .executeUpdate());
    }
}
