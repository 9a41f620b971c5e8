package com.tariffbridge.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "Remind this contract's customer {@code leadDays} before it ends", and the mail that says so. The
 * row is the outbox entry too: PENDING until the SMTP server accepted it (SENT), FAILED once
 * retries are used up. At most one per (contract, lead), enforced by the database.
 */
@Entity
@Table(name = "renewal_reminder")
public class RenewalReminder {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renewal_reminder_seq")
    @SequenceGenerator(
            name = "renewal_reminder_seq",
            sequenceName = "renewal_reminder_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "supply_point_id", nullable = false)
    private long supplyPointId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "lead_days", nullable = false)
    private int leadDays;

    @Column(name = "contract_end", nullable = false)
    private Instant contractEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected RenewalReminder() {}

    RenewalReminder(DueReminder due, Instant now) {
        this.contractId = due.contractId();
        this.supplyPointId = due.supplyPointId();
        this.customerId = due.customerId();
        this.leadDays = due.leadDays();
        this.contractEnd = due.contractEnd();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public long getSupplyPointId() {
        return supplyPointId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public int getLeadDays() {
        return leadDays;
    }

    public Instant getContractEnd() {
        return contractEnd;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
