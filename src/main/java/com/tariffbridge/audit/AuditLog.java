package com.tariffbridge.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Appends audit events; joins the caller's transaction so the event commits with the change. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject
    Clock clock;

    /** Lets metrics count what happened without every feature knowing about metrics. */
    @Inject
    Event<AuditRecorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String actor, String subject, String detail) {
        em.persist(new AuditEvent(clock.instant(), type, actor, subject, detail));
        recorded.fire(new AuditRecorded(type));
    }

    @Transactional
    public List<AuditEvent> latest(int limit) {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
