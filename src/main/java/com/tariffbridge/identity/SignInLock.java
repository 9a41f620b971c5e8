package com.tariffbridge.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A typed e-mail address refused until a time, whether or not an account has it, so a locked
 * address looks the same either way.
 */
@Entity
@Table(name = "sign_in_lock")
public class SignInLock {

    @Id private String email;

    @Column(nullable = false)
    private int stripe;

    @Column(name = "locked_until", nullable = false)
    private Instant lockedUntil;

    protected SignInLock() {}

    SignInLock(String email, Instant lockedUntil) {
        this.email = email;
        this.stripe = SignInAttempts.stripe(email);
        this.lockedUntil = lockedUntil;
    }

    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }
}
