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
 * One wrong password for one account; rows live only as long as they can still count towards a
 * lock.
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

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {}

    LoginFailure(long customerId, Instant failedAt) {
        this.customerId = customerId;
        this.failedAt = failedAt;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
