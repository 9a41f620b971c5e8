package com.tariffbridge.connect;

import com.tariffbridge.flatpeak.ConsentDecision;
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
 * Outbox row: a decision FlatPeak must be told about, written in the same transaction as the
 * decision itself. One per connect session (unique), claimed before sending, so one decision is
 * never PUT twice at once.
 */
@Entity
@Table(name = "decision_delivery")
public class DecisionDelivery {

    public enum Status {
        PENDING,
        SENDING,
        DELIVERED,
        ABANDONED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_delivery_seq")
    @SequenceGenerator(
            name = "decision_delivery_seq",
            sequenceName = "decision_delivery_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "connect_session_id", nullable = false, unique = true)
    private long connectSessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentDecision action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error")
    private String lastError;

    protected DecisionDelivery() {}

    DecisionDelivery(long connectSessionId, ConsentDecision action, Instant now) {
        this.connectSessionId = connectSessionId;
        this.action = action;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    public long getConnectSessionId() {
        return connectSessionId;
    }

    public ConsentDecision getAction() {
        return action;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public java.time.Instant getDeliveredAt() {
        return deliveredAt;
    }
}
