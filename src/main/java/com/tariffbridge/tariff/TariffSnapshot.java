package com.tariffbridge.tariff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a supply point's tariffs, stored as the JSON document {@link TariffDocument} reads
 * and writes. The body never changes once written (only the {@code current} and {@code stale} flags
 * and, with them, {@code last_updated} do), so a parsed copy can be cached by id.
 */
@Entity
@Table(name = "tariff_snapshot")
public class TariffSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_snapshot_seq")
    @SequenceGenerator(
            name = "tariff_snapshot_seq",
            sequenceName = "tariff_snapshot_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "supply_point_id", nullable = false)
    private long supplyPointId;

    @Column(nullable = false)
    private int version;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false, length = 200_000)
    private String body;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(nullable = false)
    private boolean stale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_updated", nullable = false)
    private Instant lastUpdated;

    protected TariffSnapshot() {}

    TariffSnapshot(long supplyPointId, int version, String contentHash, String body, Instant now) {
        this.supplyPointId = supplyPointId;
        this.version = version;
        this.contentHash = contentHash;
        this.body = body;
        this.current = true;
        this.createdAt = now;
        this.lastUpdated = now;
    }

    public Long getId() {
        return id;
    }

    public long getSupplyPointId() {
        return supplyPointId;
    }

    public int getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getBody() {
        return body;
    }

    public boolean isStale() {
        return stale;
    }

    public Instant getLastUpdated() {
        return lastUpdated;
    }
}
