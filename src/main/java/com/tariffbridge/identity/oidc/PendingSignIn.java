package com.tariffbridge.identity.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in sent to the IdP and not yet back. Found by the SHA-256 of its state (the state itself
 * is only in the browser's session and the IdP's redirect), removed by the callback that uses it.
 */
@Entity
@Table(name = "idp_sign_in")
class PendingSignIn {

    @Id
    @Column(name = "state_hash")
    private String stateHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignInPurpose purpose;

    @Column(name = "connect_session_id")
    private Long connectSessionId;

    @Column(nullable = false)
    private String nonce;

    @Column(name = "code_verifier", nullable = false)
    private String codeVerifier;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PendingSignIn() {}

    PendingSignIn(
            String stateHash,
            SignInPurpose purpose,
            Long connectSessionId,
            String nonce,
            String codeVerifier,
            Instant createdAt,
            Instant expiresAt) {
        this.stateHash = stateHash;
        this.purpose = purpose;
        this.connectSessionId = connectSessionId;
        this.nonce = nonce;
        this.codeVerifier = codeVerifier;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isFor(SignInPurpose expected, Long flowId, Instant now) {
        return purpose == expected
                && java.util.Objects.equals(connectSessionId, flowId)
                && now.isBefore(expiresAt);
    }

    String nonce() {
        return nonce;
    }

    String codeVerifier() {
        return codeVerifier;
    }
}
