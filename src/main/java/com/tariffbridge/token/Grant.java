package com.tariffbridge.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Permission for one FlatPeak account to read one supply point's tariff, until revoked. */
@Entity
@Table(name = "token_grant")
public class Grant {

    public enum Status {
        ACTIVE,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "token_grant_seq")
    @SequenceGenerator(
            name = "token_grant_seq",
            sequenceName = "token_grant_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "supply_point_id", nullable = false)
    private long supplyPointId;

    @Column(name = "flatpeak_account_id", nullable = false)
    private String flatPeakAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Version private long version;

    protected Grant() {}

    Grant(long customerId, long supplyPointId, String flatPeakAccountId, Instant createdAt) {
        this.customerId = customerId;
        this.supplyPointId = supplyPointId;
        this.flatPeakAccountId = flatPeakAccountId;
        this.status = Status.ACTIVE;
        this.createdAt = createdAt;
    }

    void revoke(Instant at, String reason) {
        if (status == Status.ACTIVE) {
            status = Status.REVOKED;
            revokedAt = at;
            revokedReason = reason;
        }
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getSupplyPointId() {
        return supplyPointId;
    }

    public String getFlatPeakAccountId() {
        return flatPeakAccountId;
    }

    public Status getStatus() {
        return status;
    }

    public String getRevokedReason() {
        return revokedReason;
    }
}
