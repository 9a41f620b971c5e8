package com.tariffbridge.connect;

import com.tariffbridge.platform.IdBatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Joins the caller's transaction, or opens a short one: the entity manager is never used outside
 * one.
 */
@ApplicationScoped
@Transactional
public class ConnectSessionRepository {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    /** Row-locked, so two requests of one flow (double click) take their turns. */
    public Optional<ConnectSession> lock(long id) {
        return Optional.ofNullable(
                em.find(ConnectSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<ConnectSession> find(long id) {
        return Optional.ofNullable(em.find(ConnectSession.class, id));
    }

    public Optional<ConnectSession> findByToken(String connectToken) {
        return em.createQuery(
                        "select s from ConnectSession s where s.connectToken = :token",
                        ConnectSession.class)
                .setParameter("token", connectToken)
                .getResultStream()
                .findFirst();
    }

    public void add(ConnectSession session) {
        em.persist(session);
        em.flush();
    }

    /**
     * Deletes up to {@code limit} EXPIRED flows whose deadline passed before the cutoff and that no
     * consent record or decision delivery refers to (those rows keep their flow, and the foreign
     * keys say so too). An expired flow is final, so nothing comes to refer to it meanwhile; the
     * delete repeats the test all the same.
     */
    public int deleteExpiredUnreferenced(Instant cutoff, int limit) {
        String unreferenced =
                " and not exists (select c.id from ConsentRecord c where c.connectSessionId = s.id)"
                        + " and not exists (select d.id from DecisionDelivery d where d.connectSessionId = s.id)";
        return IdBatches.apply(
                em.createQuery(
                                "select s.id from ConnectSession s where s.state = :expired "
                                        + "and s.expiresAt < :cutoff"
                                        + unreferenced
                                        + " order by s.expiresAt",
                                Long.class)
                        .setParameter("expired", ConnectState.EXPIRED)
                        .setParameter("cutoff", cutoff),
                limit,
                ids ->
                        em.createQuery(
                                        "delete from ConnectSession s where s.id in :ids "
                                                + "and s.state = :expired"
                                                + unreferenced)
                                .setParameter("ids", ids)
                                .setParameter("expired", ConnectState.EXPIRED)
                                .executeUpdate());
    }

    public List<Long> openSessionsExpiredBy(Instant now, int limit) {
        return em.createQuery(
                        "select s.id from ConnectSession s where s.state in :open and s.expiresAt <= :now "
                                + "order by s.expiresAt",
                        Long.class)
                .setParameter(
                        "open",
                        List.of(
                                ConnectState.STARTED,
                                ConnectState.AUTHENTICATED,
                                ConnectState.SUPPLY_CHOSEN))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public void addConsent(ConsentRecord consent) {
        em.persist(consent);
    }

    public Optional<ConsentRecord> consentOf(long sessionId) {
        return em.createQuery(
                        "select c from ConsentRecord c where c.connectSessionId = :id",
                        ConsentRecord.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst();
    }
}
