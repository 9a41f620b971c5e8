package com.tariffbridge.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The lockout's rows: stripes, admitted attempts and locks, all keyed by the typed e-mail address.
 * Joins the caller's transaction; every write to one address's rows happens under its stripe's
 * lock, so the bulk deletes never race each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SignInRecords {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    /** Row-locks the stripe until the transaction ends: this stripe's attempts take turns. */
    public void serialise(int stripe) {
        em.find(SignInStripe.class, stripe, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Instant> lockedUntil(String email, Instant now) {
        return em.createQuery("select l from SignInLock l where l.email = :email", SignInLock.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .flatMap(lock -> lock.lockedAt(now));
    }

    public void lock(String email, Instant until) {
        unlock(email);
        em.persist(new SignInLock(email, until));
        em.flush();
    }

    public void unlock(String email) {
        em.createQuery("delete from SignInLock l where l.email = :email")
                .setParameter("email", email)
                .executeUpdate();
    }

    public void add(LoginFailure failure) {
        em.persist(failure);
        em.flush();
    }

    /** When this address's attempts after {@code after} happened. */
    public List<Instant> failedSince(String email, Instant after) {
        return em.createQuery(
                        "select f.failedAt from LoginFailure f where f.email = :email "
                                + "and f.failedAt > :after",
                        Instant.class)
                .setParameter("email", email)
                .setParameter("after", after)
                .getResultList();
    }

    public void forgetAll(String email) {
        em.createQuery("delete from LoginFailure f where f.email = :email")
                .setParameter("email", email)
                .executeUpdate();
    }

    /**
     * Removes the stripe's attempts at or before {@code failuresUpTo} and its locks that ended by
     * {@code locksUpTo}: addresses tried once and never again leave nothing behind for long.
     */
    public void purge(int stripe, Instant failuresUpTo, Instant locksUpTo) {
        em.createQuery(
                        "delete from LoginFailure f where f.stripe = :stripe "
                                + "and f.failedAt <= :cutoff")
                .setParameter("stripe", stripe)
                .setParameter("cutoff", failuresUpTo)
                .executeUpdate();
        em.createQuery(
                        "delete from SignInLock l where l.stripe = :stripe "
                                + "and l.lockedUntil <= :cutoff")
                .setParameter("stripe", stripe)
                .setParameter("cutoff", locksUpTo)
                .executeUpdate();
    }
}
