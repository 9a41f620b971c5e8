package com.tariffbridge.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reminder rows and the reads the reminder run needs. The candidate queries join the current
 * contract with {@code token}'s published {@code ActiveGrant} (never the grant table itself),
 * read-only: one indexed query per batch instead of a call per contract.
 */
@ApplicationScoped
public class RenewalReminderRepository {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    /**
     * Active latest contracts with a live grant ending in [from, to), a keyset page after {@code
     * afterId}.
     */
    @Transactional
    public List<Object[]> endingBetween(Instant from, Instant to, long afterId, int limit) {
        return em.createQuery(
                        """
                        select c.id, c.supplyPointId, sp.customerId, c.endDate from CurrentContract c, SupplyPoint sp
                        where sp.id = c.supplyPointId and c.endDate >= :from and c.endDate < :to
                          and c.status = :active and c.id > :after
                          and exists (select 1 from ActiveGrant g where g.supplyPointId = c.supplyPointId)
                        order by c.id""",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("active", Contract.Status.ACTIVE)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Active grants whose supply's latest contract ended at or before {@code cutoff}, a keyset page
     * at a time.
     */
    @Transactional
    public List<Long> grantsOfContractsEndedBy(Instant cutoff, long afterId, int limit) {
        return em.createQuery(
                        """
                        select g.grantId from ActiveGrant g, CurrentContract c
                        where c.supplyPointId = g.supplyPointId and c.endDate <= :cutoff and g.grantId > :after
                        order by g.grantId""",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Re-checked inside the revoking transaction, so a renewal that just arrived wins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean stillEnded(long grantId, Instant cutoff) {
        return !em.createQuery(
                        """
                        select g.grantId from ActiveGrant g, CurrentContract c
                        where c.supplyPointId = g.supplyPointId and g.grantId = :grant and c.endDate <= :cutoff""",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setParameter("grant", grantId)
                .getResultList()
                .isEmpty();
    }

    @Transactional
    public boolean exists(long contractId, int leadDays) {
        return !em.createQuery(
                        "select r.id from RenewalReminder r where r.contractId = :c and r.leadDays = :l",
                        Long.class)
                .setParameter("c", contractId)
                .setParameter("l", leadDays)
                .getResultList()
                .isEmpty();
    }

    /**
     * Own transaction, so a unique-key clash (another server or a doubled fire got there first)
     * only loses this one insert.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(DueReminder due, Instant now) {
        em.persist(new RenewalReminder(due, now));
        em.flush();
    }

    @Transactional
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        """
                        select r.id from RenewalReminder r where r.status = :pending and r.nextAttemptAt <= :now
                        order by r.nextAttemptAt, r.id""",
                        Long.class)
                .setParameter("pending", RenewalReminder.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes a due reminder for one attempt: a conditional update, so of several servers only one
     * sends it. The lease pushes the next attempt out in case this server dies mid-send.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, Instant now, Instant leaseUntil) {
        return em.createQuery(
                                """
                        update RenewalReminder r set r.attempts = r.attempts + 1, r.nextAttemptAt = :lease
                        where r.id = :id and r.status = :pending and r.nextAttemptAt <= :now""")
                        .setParameter("lease", leaseUntil)
                        .setParameter("id", id)
                        .setParameter("pending", RenewalReminder.Status.PENDING)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    @Transactional
    public Optional<RenewalReminder> find(long id) {
        return Optional.ofNullable(em.find(RenewalReminder.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        em.createQuery(
                        "update RenewalReminder r set r.status = :sent, r.sentAt = :at, r.lastError = null "
                                + "where r.id = :id")
                .setParameter("sent", RenewalReminder.Status.SENT)
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** A failed attempt: try again at {@code retryAt}, or give up (FAILED) when that is empty. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, Optional<Instant> retryAt, String error) {
        String message = error.length() > 500 ? error.substring(0, 500) : error;
        var update =
                retryAt.isPresent()
                        ? em.createQuery(
                                        "update RenewalReminder r set r.nextAttemptAt = :next, r.lastError = :error "
                                                + "where r.id = :id")
                                .setParameter("next", retryAt.get())
                        : em.createQuery(
                                        "update RenewalReminder r set r.status = :failed, r.lastError = :error "
                                                + "where r.id = :id")
                                .setParameter("failed", RenewalReminder.Status.FAILED);
        update.setParameter("error", message).setParameter("id", id).executeUpdate();
    }

    /**
     * Who gets the mail and about which supply: email, display name, recorded language, supply
     * label, address line.
     */
    @Transactional
    public Optional<Recipient> recipient(RenewalReminder reminder) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                """
                        select cu.email, cu.display_name, cu.language from customer cu where cu.id = ?1""")
                        .setParameter(1, reminder.getCustomerId())
                        .getResultList();
        var supply = em.find(SupplyPoint.class, reminder.getSupplyPointId());
        return rows.stream()
                .findFirst()
                .map(
                        row ->
                                new Recipient(
                                        (String) row[0],
                                        (String) row[1],
                                        supply.getLabel(),
                                        supply.getAddress().singleLine(),
                                        (String) row[2]));
    }

    @Transactional
    public Optional<Long> supplyPointId(String reference) {
        return em.createQuery(
                        "select sp.id from SupplyPoint sp where sp.reference = :ref", Long.class)
                .setParameter("ref", reference)
                .getResultStream()
                .findFirst();
    }

    /** Reminders of one supply point (by the provider's reference), newest contract end first. */
    @Transactional
    public List<RenewalReminder> forSupplyPoint(long supplyPointId) {
        return em.createQuery(
                        """
                        select r from RenewalReminder r where r.supplyPointId = :sp
                        order by r.contractEnd desc, r.leadDays desc""",
                        RenewalReminder.class)
                .setParameter("sp", supplyPointId)
                .getResultList();
    }
}
