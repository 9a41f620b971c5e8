package com.tariffbridge.connect;

import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.platform.Backoff;
import com.tariffbridge.token.GrantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table's state changes, each in its own short transaction. A delivery is claimed with a
 * conditional update, so of two requests (or two servers) only one sends; a claim older than {@link
 * #CLAIM_TIMEOUT} is considered lost (server died mid-call) and may be taken again.
 */
@ApplicationScoped
public class DecisionOutbox {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

    /** 30 s, 1 min, 2 min … at most 10 min: with 150 attempts, a little over a day. */
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10));

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject GrantService grants;

    @Inject AuditLog audit;

    @Inject Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DecisionDelivery> find(long sessionId) {
        return em.createQuery(
                        "select d from DecisionDelivery d where d.connectSessionId = :id",
                        DecisionDelivery.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst();
    }

    /** True when this caller now owns the delivery and must send it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long sessionId, boolean evenIfNotDue) {
        Instant now = clock.instant();
        return em.createQuery(
                                """
                        update DecisionDelivery d set d.status = :sending, d.claimedAt = :now,
                               d.attempts = d.attempts + 1
                        where d.connectSessionId = :id
                          and ((d.status = :pending and (:anyTime = true or d.nextAttemptAt <= :now))
                               or (d.status = :sending and d.claimedAt < :stale))""")
                        .setParameter("sending", DecisionDelivery.Status.SENDING)
                        .setParameter("pending", DecisionDelivery.Status.PENDING)
                        .setParameter("now", now)
                        .setParameter("anyTime", evenIfNotDue)
                        .setParameter("stale", now.minus(CLAIM_TIMEOUT))
                        .setParameter("id", sessionId)
                        .executeUpdate()
                == 1;
    }

    /**
     * FlatPeak accepted the decision. An accepted {@code auth_capture} makes its grant the live
     * one, so an older grant of the same app and supply point ends in this transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long sessionId, Long grantId) {
        setStatus(sessionId, DecisionDelivery.Status.DELIVERED, null, null);
        audit.record("DECISION_DELIVERED", "system", "connect:" + sessionId, null);
        if (grantId != null) {
            grants.supersedeOthers(grantId);
        }
    }

    /** Back to the queue with exponential back-off ({@link #BACKOFF}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long sessionId, int attempts, String error) {
        setStatus(
                sessionId,
                DecisionDelivery.Status.PENDING,
                BACKOFF.nextAttempt(clock.instant(), attempts),
                error);
    }

    /** FlatPeak will never accept this decision; tokens it would have carried must not live on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(long sessionId, Long grantId, String reason) {
        setStatus(sessionId, DecisionDelivery.Status.ABANDONED, null, reason);
        if (grantId != null) {
            grants.revokeGrant(grantId, "system", "decision not delivered: " + reason);
        }
        audit.record("DECISION_ABANDONED", "system", "connect:" + sessionId, reason);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        Instant now = clock.instant();
        return em.createQuery(
                        """
                        select d.connectSessionId from DecisionDelivery d
                        where (d.status = :pending and d.nextAttemptAt <= :now)
                           or (d.status = :sending and d.claimedAt < :stale)
                        order by d.nextAttemptAt""",
                        Long.class)
                .setParameter("pending", DecisionDelivery.Status.PENDING)
                .setParameter("sending", DecisionDelivery.Status.SENDING)
                .setParameter("now", now)
                .setParameter("stale", now.minus(CLAIM_TIMEOUT))
                .setMaxResults(limit)
                .getResultList();
    }

    private void setStatus(
            long sessionId, DecisionDelivery.Status status, Instant nextAttempt, String error) {
        em.createQuery(
                        """
                        update DecisionDelivery d set d.status = :status, d.lastError = :error,
                               d.nextAttemptAt = :next, d.deliveredAt = :delivered
                        where d.connectSessionId = :id""")
                .setParameter("status", status)
                .setParameter(
                        "error",
                        error == null || error.length() <= 500 ? error : error.substring(0, 500))
                .setParameter("next", nextAttempt == null ? clock.instant() : nextAttempt)
                .setParameter(
                        "delivered",
                        status == DecisionDelivery.Status.DELIVERED ? clock.instant() : null)
                .setParameter("id", sessionId)
                .executeUpdate();
    }
}
