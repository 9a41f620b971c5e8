package com.tariffbridge.tariff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    @Inject
    Clock clock;

    private final Map<Long, TariffDocument> parsed = new ConcurrentHashMap<>();

    public Optional<TariffSnapshot> current(long supplyPointId) {
        return em.createQuery("select s from TariffSnapshot s where s.supplyPointId = :sp and s.current = true",
                        TariffSnapshot.class)
                .setParameter("sp", supplyPointId)
                .getResultStream()
                .findFirst();
    }

    /** Stores the document as the supply's current tariffs; returns true when it was a change. */
    public boolean store(long supplyPointId, TariffDocument document) {
        String body = document.toJson();
        String hash = sha256(body);
        var current = current(supplyPointId);
        if (current.isPresent() && current.get().getContentHash().equals(hash)) {
            return false;
        }
        int version = current.map(s -> s.getVersion() + 1).orElse(1);
        current.ifPresent(TariffSnapshot::supersede);
        em.flush();
        em.persist(new TariffSnapshot(supplyPointId, version, hash, body, clock.instant()));
        return true;
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
