package com.tariffbridge.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Joins the caller's transaction, or opens a short one. Every query uses the (customer_id,
 * failed_at) index.
 */
@ApplicationScoped
@Transactional
public class LoginFailureRepository {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    public void add(LoginFailure failure) {
        em.persist(failure);
        em.flush();
    }

    /** When this customer's failures after {@code after} happened. */
    public List<Instant> failedSince(long customerId, Instant after) {
        return em.createQuery(
                        "select f.failedAt from LoginFailure f where f.customerId = :customer "
                                + "and f.failedAt > :after",
                        Instant.class)
                .setParameter("customer", customerId)
                .setParameter("after", after)
                .getResultList();
    }

    /** Removes this customer's failures at or before {@code cutoff}: they can no longer count. */
    public void forgetUpTo(long customerId, Instant cutoff) {
        em.createQuery(
                        "delete from LoginFailure f where f.customerId = :customer and f.failedAt <= :cutoff")
                .setParameter("customer", customerId)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    public void forgetAll(long customerId) {
        em.createQuery("delete from LoginFailure f where f.customerId = :customer")
                .setParameter("customer", customerId)
                .executeUpdate();
    }
}
