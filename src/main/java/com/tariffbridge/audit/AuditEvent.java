package com.tariffbridge.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(
            name = "audit_event_seq",
            sequenceName = "audit_event_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String actor;

    private String subject;

    private String detail;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, String type, String actor, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.subject = subject;
        this.detail =
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
