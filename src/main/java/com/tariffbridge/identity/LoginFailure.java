package com.tariffbridge.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One admitted sign-in attempt at one typed e-mail address, account or not, counted as wrong until
 * the password proves right; rows live only as long as they can still count towards a lock.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    @SequenceGenerator(
            name = "login_failure_seq",
            sequenceName = "login_failure_seq",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private int stripe;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {}

    LoginFailure(String email, Instant failedAt) {
        this.email = email;
        this.stripe = SignInAttempts.stripe(email);
        this.failedAt = failedAt;
    }

    public String getEmail() {
        return email;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
