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
import java.time.Instant;

/** One access or refresh token, known to us only by its SHA-256 hash. */
@Entity
@Table(name = "issued_token")
public class IssuedToken {

    public enum Kind {
        ACCESS,
        REFRESH
    }

    public enum Status {
        ACTIVE,
        SPENT,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_token_seq")
    @SequenceGenerator(
            name = "issued_token_seq",
            sequenceName = "issued_token_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "spent_at")
    private Instant spentAt;

    @Column(name = "sealed_successor")
    private String sealedSuccessor;

    @Column(name = "grace_until")
    private Instant graceUntil;

    protected IssuedToken() {}

    IssuedToken(long grantId, Kind kind, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.grantId = grantId;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.status = Status.ACTIVE;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Rotation: this refresh token is used up; its successor stays retrievable until {@code
     * graceUntil}.
     */
    void spend(Instant now, Instant graceUntil, String sealedSuccessor) {
        this.status = Status.SPENT;
        this.spentAt = now;
        this.graceUntil = graceUntil;
        this.sealedSuccessor = sealedSuccessor;
    }

    void revoke() {
        if (status == Status.ACTIVE) {
            status = Status.REVOKED;
        }
    }

    boolean inGraceAt(Instant now) {
        return status == Status.SPENT
                && sealedSuccessor != null
                && graceUntil != null
                && now.isBefore(graceUntil);
    }

    String getSealedSuccessor() {
        return sealedSuccessor;
    }

    public Long getId() {
        return id;
    }

    public long getGrantId() {
        return grantId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
