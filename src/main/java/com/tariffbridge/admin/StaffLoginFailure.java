package com.tariffbridge.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One wrong staff password for one typed name. Kept in the database, not in memory, so every server
 * behind the load balancer counts the same failures.
 */
@Entity
@Table(name = "staff_login_failure")
public class StaffLoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_login_failure_seq")
    @SequenceGenerator(
            name = "staff_login_failure_seq",
            sequenceName = "staff_login_failure_seq",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected StaffLoginFailure() {}

    StaffLoginFailure(String username, Instant failedAt) {
        this.username = username;
        this.failedAt = failedAt;
    }
}
