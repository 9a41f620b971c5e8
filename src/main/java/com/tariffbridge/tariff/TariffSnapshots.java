package com.tariffbridge.tariff;

import com.tariffbridge.platform.IdBatches;
import com.tariffbridge.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Versions of each supply point's tariffs. A new version is written only when the content really
 * changed (content hash), so unchanged data keeps its ETag and FlatPeak keeps getting 304s.
 * Snapshots never change after writing, so their parsed form is cached by id.
 */
@ApplicationScoped
@Transactional
public class TariffSnapshots {

    private static final int MAX_CACHED = 20_000;

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject Clock clock;

    private final Map<Long, TariffDocument> parsed = new ConcurrentHashMap<>();

    /** Stores the document as the supply's current tariffs; returns true when it was a change. */
    public boolean store(long supplyPointId, TariffDocument document) {
        return !storeAll(Map.of(supplyPointId, document)).isEmpty();
    }

    /**
     * {@link #store} for many supply points at once, as the billing sync writes a page: one query
     * for the current versions, one update to supersede them, batched inserts. Answers the supply
     * points that really got a new version.
     */
    public Set<Long> storeAll(Map<Long, TariffDocument> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        Map<Long, Object[]> current = new HashMap<>();
        em.createQuery(
                        "select s.supplyPointId, s.id, s.version, s.contentHash from TariffSnapshot s "
                                + "where s.current = true and s.supplyPointId in :ids",
                        Object[].class)
                .setParameter("ids", documents.keySet())
                .getResultStream()
                .forEach(row -> current.put((Long) row[0], row));
        var now = clock.instant();
        List<Long> superseded = new ArrayList<>();
        List<TariffSnapshot> fresh = new ArrayList<>();
        documents.forEach(
                (supplyPointId, document) -> {
                    String body = document.toJson();
                    String hash = sha256(body);
                    Object[] row = current.get(supplyPointId);
                    if (row != null && hash.equals(row[3])) {
                        return;
                    }
                    if (row != null) {
                        superseded.add((Long) row[1]);
                    }
                    fresh.add(
                            new TariffSnapshot(
                                    supplyPointId,
                                    row == null ? 1 : (Integer) row[2] + 1,
                                    hash,
                                    body,
                                    now));
                });
        if (!superseded.isEmpty()) {
            em.createQuery("update TariffSnapshot s set s.current = false where s.id in :ids")
                    .setParameter("ids", superseded)
                    .executeUpdate();
        }
        fresh.forEach(em::persist);
        return fresh.stream().map(TariffSnapshot::getSupplyPointId).collect(Collectors.toSet());
    }

    /**
     * The content hash of the current snapshot of each of these supply points that has one, in one
     * query.
     */
    public Map<Long, String> currentHashes(Collection<Long> supplyPointIds) {
        if (supplyPointIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> hashes = new HashMap<>();
        em.createQuery(
                        "select s.supplyPointId, s.contentHash from TariffSnapshot s "
                                + "where s.current = true and s.supplyPointId in :ids",
                        Object[].class)
                .setParameter("ids", supplyPointIds)
                .getResultStream()
                .forEach(row -> hashes.put((Long) row[0], (String) row[1]));
        return hashes;
    }

    /**
     * The hash {@link #store} compares: equal hashes mean equal stored text and an unchanged ETag.
     */
    public static String contentHash(TariffDocument document) {
        return sha256(document.toJson());
    }

    /**
     * Billing confirmed the current snapshots of these supply points. A stale one is fresh again
     * (with a new last_updated, hence a new ETag); a fresh one is not written at all, so it keeps
     * its ETag and a sync that finds nothing changed writes nothing.
     */
    public void confirm(Collection<Long> supplyPointIds) {
        if (supplyPointIds.isEmpty()) {
            return;
        }
        em.createQuery(
                        "update TariffSnapshot s set s.stale = false, s.lastUpdated = :now "
                                + "where s.current = true and s.stale = true and s.supplyPointId in :ids")
                .setParameter("now", clock.instant())
                .setParameter("ids", supplyPointIds)
                .executeUpdate();
    }

    /**
     * Billing could not tell us these supply points' tariffs: keep serving the current snapshots,
     * marked stale, with last_updated moved up to the last good sync (when given) so FlatPeak can
     * judge their age. A fresh snapshot was confirmed by every complete sync since it was written,
     * so the start of the last complete run is when it was last known good.
     */
    public void markStale(Collection<Long> supplyPointIds, Instant lastGoodSync) {
        if (supplyPointIds.isEmpty()) {
            return;
        }
        em.createQuery(
                        "update TariffSnapshot s set s.stale = true, s.lastUpdated = case "
                                + "when s.lastUpdated < :lastGood then :lastGood else s.lastUpdated end "
                                + "where s.current = true and s.stale = false and s.supplyPointId in :ids")
                .setParameter("lastGood", lastGoodSync == null ? Instant.EPOCH : lastGoodSync)
                .setParameter("ids", supplyPointIds)
                .executeUpdate();
    }

    /**
     * Deletes up to {@code batch} superseded versions whose successor was already written before
     * the cutoff, in its own transaction: they were last served before then, and nothing refers to
     * a snapshot row (ETags are content hashes). Current versions always stay.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeSupersededBatch(Instant cutoff, int batch) {
        return IdBatches.apply(
                em.createQuery(
                                "select s.id from TariffSnapshot s where s.current = false "
                                        + "and s.createdAt < :cutoff and exists (select n.id from TariffSnapshot n "
                                        + "where n.supplyPointId = s.supplyPointId and n.version > s.version "
                                        + "and n.createdAt < :cutoff) order by s.createdAt",
                                Long.class)
                        .setParameter("cutoff", cutoff),
                batch,
                ids -> {
                    ids.forEach(parsed::remove);
                    return em.createQuery(
                                    "delete from TariffSnapshot s where s.id in :ids "
                                            + "and s.current = false")
                            .setParameter("ids", ids)
                            .executeUpdate();
                });
    }

    /** The parsed document of a snapshot; the body is read only the first time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TariffDocument document(long snapshotId) {
        var cached = parsed.get(snapshotId);
        if (cached != null) {
            return cached;
        }
        if (parsed.size() >= MAX_CACHED) {
            parsed.clear();
        }
        var document = TariffDocument.parse(em.find(TariffSnapshot.class, snapshotId).getBody());
        parsed.put(snapshotId, document);
        return document;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
