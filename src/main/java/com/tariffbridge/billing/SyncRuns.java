package com.tariffbridge.billing;

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
 * Sync runs in the database: opening one (the only running one), counting its pages, finishing it.
 */
@ApplicationScoped
@Transactional
public class SyncRuns {

    /** No page takes this long, so a RUNNING row without a heartbeat for longer lost its server. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject Clock clock;

    /** Inserts a RUNNING run; fails with a PersistenceException if another run holds the slot. */
    public long open(String trigger, int total) {
        var run = new SyncRun(trigger, total, clock.instant());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public Optional<SyncRun> running() {
        return em.createQuery("select r from SyncRun r where r.status = :running", SyncRun.class)
                .setParameter("running", SyncRun.Status.RUNNING)
                .getResultStream()
                .findFirst();
    }

    /** A run whose server died mid-way is closed as FAILED, so the next run can start. */
    public int closeAbandoned() {
        var now = clock.instant();
        var abandoned =
                em.createQuery(
                                "select r from SyncRun r where r.status = :running and r.heartbeatAt < :limit",
                                SyncRun.class)
                        .setParameter("running", SyncRun.Status.RUNNING)
                        .setParameter("limit", now.minus(ABANDONED_AFTER))
                        .getResultList();
        abandoned.forEach(
                run -> run.finish(now, "abandoned: no progress since " + run.getHeartbeatAt()));
        return abandoned.size();
    }

    /**
     * When the last run that went through every page (FINISHED) started: the last good sync of a
     * fresh snapshot.
     */
    public Optional<Instant> lastCompleteStart() {
        return Optional.ofNullable(
                em.createQuery(
                                "select max(r.startedAt) from SyncRun r where r.status = :finished",
                                Instant.class)
                        .setParameter("finished", SyncRun.Status.FINISHED)
                        .getSingleResult());
    }

    /** When the last run the given trigger opened started, whatever its outcome. */
    public Optional<Instant> lastStart(String trigger) {
        return Optional.ofNullable(
                em.createQuery(
                                "select max(r.startedAt) from SyncRun r where r.trigger = :trigger",
                                Instant.class)
                        .setParameter("trigger", trigger)
                        .getSingleResult());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(long runId, PageCounts counts) {
        em.find(SyncRun.class, runId).count(counts, clock.instant());
    }

    public void finish(long runId, String error) {
        em.find(SyncRun.class, runId).finish(clock.instant(), error);
    }

    public Optional<SyncRun> find(long runId) {
        return Optional.ofNullable(em.find(SyncRun.class, runId));
    }

    /** How many runs there are, of one status or (null) all: for the admin page's pager. */
    public long count(SyncRun.Status status) {
        var query =
                em.createQuery(
                        "select count(r) from SyncRun r"
                                + (status == null ? "" : " where r.status = :status"),
                        Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    /** Newest first, a slice of the runs of one status or (null) all: for the admin page. */
    public List<SyncRun> page(SyncRun.Status status, int offset, int limit) {
        var query =
                em.createQuery(
                        "select r from SyncRun r"
                                + (status == null ? "" : " where r.status = :status")
                                + " order by r.id desc",
                        SyncRun.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Newest first, keyset-paged by id: runs before {@code beforeId} (or the newest when null). */
    public List<SyncRun> recent(Long beforeId, int limit) {
        return em.createQuery(
                        "select r from SyncRun r where r.id < :before order by r.id desc",
                        SyncRun.class)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit)
                .getResultList();
    }
}
