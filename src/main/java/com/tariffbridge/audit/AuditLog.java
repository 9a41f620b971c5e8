package com.tariffbridge.audit;

import com.tariffbridge.platform.IdBatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Appends audit events; joins the caller's transaction so the event commits with the change. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject Clock clock;

    /** Lets metrics count what happened without every feature knowing about metrics. */
    @Inject Event<AuditRecorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String actor, String subject, String detail) {
        em.persist(new AuditEvent(clock.instant(), type, actor, subject, detail));
        recorded.fire(new AuditRecorded(type));
    }

    @Transactional
    public List<AuditEvent> latest(int limit) {
        return search(AuditFilter.everything(), 0, limit);
    }

    /** One page of matching events, newest first. */
    @Transactional
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        return query(
                        filter,
                        "select e from AuditEvent e",
                        " order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional
    public long count(AuditFilter filter) {
        return query(filter, "select count(e) from AuditEvent e", "", Long.class).getSingleResult();
    }

    /**
     * Matching events with an id below {@code beforeId} (all when null), newest first: keyset
     * paging for exports.
     */
    @Transactional
    public List<AuditEvent> pageBefore(AuditFilter filter, Long beforeId, int batch) {
        var where = beforeId == null ? "" : " and e.id < :before";
        var query =
                query(
                        filter,
                        "select e from AuditEvent e",
                        where + " order by e.id desc",
                        AuditEvent.class);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        List<AuditEvent> events = query.setMaxResults(batch).getResultList();
        em.clear();
        return events;
    }

    /** Deletes up to {@code batch} events older than {@code cutoff}; returns how many went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeBatch(Instant cutoff, int batch) {
        return IdBatches.apply(
                em.createQuery(
                                "select e.id from AuditEvent e where e.occurredAt < :cutoff "
                                        + "order by e.occurredAt",
                                Long.class)
                        .setParameter("cutoff", cutoff),
                batch,
                ids ->
                        em.createQuery("delete from AuditEvent e where e.id in :ids")
                                .setParameter("ids", ids)
                                .executeUpdate());
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String tail, Class<T> type) {
        var jpql = new StringBuilder(select).append(" where 1 = 1");
        if (filter.type() != null) {
            jpql.append(" and e.type = :type");
        }
        if (filter.actor() != null) {
            jpql.append(" and e.actor like :actor escape '\\'");
        }
        if (filter.subject() != null) {
            jpql.append(" and e.subject = :subject");
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", AuditFilter.startsWith(filter.actor()));
        }
        if (filter.subject() != null) {
            query.setParameter("subject", filter.subject());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query;
    }
}
