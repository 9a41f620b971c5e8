package com.tariffbridge.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Read side of renewal reminders for staff: reminders by status, and the shared supplies whose
 * contract ends within the longest lead (what is coming). A page is one joined query (plus one for
 * the leads already queued on the page), filtered by an exact supply point reference.
 */
@ApplicationScoped
@Transactional
public class ReminderQueries {

    static final int MAX_REFERENCE = 64;
    private static final String ROW =
            "select new com.tariffbridge.contract.ReminderRow(r.id, sp.reference, c.email, "
                    + "r.leadDays, r.contractEnd, r.status, r.attempts, r.nextAttemptAt, r.createdAt, r.sentAt, r.lastError) ";
    private static final String FROM =
            "from RenewalReminder r join SupplyPoint sp on sp.id = r.supplyPointId "
                    + "join Customer c on c.id = r.customerId where 1 = 1";
    private static final String UPCOMING =
            """
            from CurrentContract k join SupplyPoint sp on sp.id = k.supplyPointId join Customer c on c.id = sp.customerId
            where k.endDate >= :from and k.endDate < :to and k.status = :active
              and exists (select 1 from ActiveGrant g where g.supplyPointId = k.supplyPointId)""";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject RenewalReminderService service;

    /** Reminders of one status (null: all), newest first. */
    public List<ReminderRow> reminders(
            RenewalReminder.Status status, String supplyPoint, int offset, int limit) {
        return filtered(
                        ROW + FROM,
                        status,
                        supplyPoint,
                        " order by r.createdAt desc, r.id desc",
                        ReminderRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countReminders(RenewalReminder.Status status, String supplyPoint) {
        return filtered("select count(r) " + FROM, status, supplyPoint, "", Long.class)
                .getSingleResult();
    }

    /**
     * Shared supplies whose latest contract ends within the longest lead, soonest first, with the
     * next reminder.
     */
    public List<UpcomingReminder> upcoming(String supplyPoint, int offset, int limit) {
        LocalDate today = service.today();
        ReminderLeads leads = service.leads();
        List<Object[]> rows =
                upcoming(
                                "select k.id, sp.reference, c.email, k.endDate " + UPCOMING,
                                supplyPoint,
                                " order by k.endDate, k.id",
                                Object[].class,
                                today)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList();
        Map<Long, Set<Integer>> queued =
                queuedLeads(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream()
                .map(
                        row -> {
                            long contractId = (Long) row[0];
                            Instant end = (Instant) row[3];
                            var next =
                                    leads.nextLead(
                                            end, today, queued.getOrDefault(contractId, Set.of()));
                            return new UpcomingReminder(
                                    contractId,
                                    (String) row[1],
                                    (String) row[2],
                                    leads.endDay(end),
                                    leads.daysUntil(end, today),
                                    next.isPresent() ? next.getAsInt() : null,
                                    next.isPresent()
                                            ? leads.dayOf(next.getAsInt(), end, today)
                                            : null);
                        })
                .toList();
    }

    public long countUpcoming(String supplyPoint) {
        return upcoming("select count(k) " + UPCOMING, supplyPoint, "", Long.class, service.today())
                .getSingleResult();
    }

    private Map<Long, Set<Integer>> queuedLeads(List<Long> contractIds) {
        Map<Long, Set<Integer>> queued = new HashMap<>();
        if (!contractIds.isEmpty()) {
            em.createQuery(
                            "select r.contractId, r.leadDays from RenewalReminder r where r.contractId in :ids",
                            Object[].class)
                    .setParameter("ids", contractIds)
                    .getResultList()
                    .forEach(
                            row ->
                                    queued.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                                            .add((Integer) row[1]));
        }
        return queued;
    }

    private <T> TypedQuery<T> upcoming(
            String head, String supplyPoint, String tail, Class<T> type, LocalDate today) {
        ReminderLeads leads = service.leads();
        return bySupplyPoint(head, supplyPoint, tail, type)
                .setParameter("from", leads.windowStart(today))
                .setParameter("to", leads.windowEnd(today))
                .setParameter("active", Contract.Status.ACTIVE);
    }

    private <T> TypedQuery<T> filtered(
            String head,
            RenewalReminder.Status status,
            String supplyPoint,
            String tail,
            Class<T> type) {
        var query =
                bySupplyPoint(
                        head + (status == null ? "" : " and r.status = :status"),
                        supplyPoint,
                        tail,
                        type);
        return status == null ? query : query.setParameter("status", status);
    }

    /**
     * An exact reference, as typed or in capitals (references are upper case); blank: every supply
     * point.
     */
    private <T> TypedQuery<T> bySupplyPoint(
            String head, String supplyPoint, String tail, Class<T> type) {
        String typed = supplyPoint == null ? "" : supplyPoint.strip();
        if (typed.isEmpty()) {
            return em.createQuery(head + tail, type);
        }
        if (typed.length() > MAX_REFERENCE) {
            typed = typed.substring(0, MAX_REFERENCE);
        }
        return em.createQuery(
                        head + " and (sp.reference = :reference or sp.reference = :upper)" + tail,
                        type)
                .setParameter("reference", typed)
                .setParameter("upper", typed.toUpperCase(Locale.ROOT));
    }
}
