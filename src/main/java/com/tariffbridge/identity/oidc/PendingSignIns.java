package com.tariffbridge.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The one-use store of sign-ins at the IdP, shared by every server of the cluster. */
@ApplicationScoped
@Transactional
public class PendingSignIns {

    /** Abandoned sign-ins removed per new one: enough to keep the table at its working size. */
    static final int PURGE_BATCH = 50;

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    void add(PendingSignIn pending, Instant now) {
        // Abandoned sign-ins (the customer never came back) go a few at a time, by index.
        var expired =
                em.createQuery(
                                "select p.stateHash from PendingSignIn p where p.expiresAt < :now",
                                String.class)
                        .setParameter("now", now)
                        .setMaxResults(PURGE_BATCH)
                        .getResultList();
        if (!expired.isEmpty()) {
            em.createQuery("delete from PendingSignIn p where p.stateHash in :hashes")
                    .setParameter("hashes", expired)
                    .executeUpdate();
        }
        em.persist(pending);
    }

    /**
     * Removes and returns the sign-in with this state hash. Two callbacks racing for one row take
     * turns on its lock; the second finds it gone, so a state is used at most once.
     */
    Optional<PendingSignIn> take(String stateHash) {
        var pending = em.find(PendingSignIn.class, stateHash, LockModeType.PESSIMISTIC_WRITE);
        if (pending == null) {
            return Optional.empty();
        }
        em.remove(pending);
        return Optional.of(pending);
    }
}
