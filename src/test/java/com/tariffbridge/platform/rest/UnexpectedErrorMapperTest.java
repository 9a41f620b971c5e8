package com.tariffbridge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures are a database outage (503, Retry-After) rather than a bug (500). The mapper's
 * answers need a JAX-RS runtime; the ITs see those, this pins down the rule.
 */
class UnexpectedErrorMapperTest {

    @Test
    void aConnectionFailureAnywhereInTheCauseChainIsAnOutage() {
        assertThat(
                        UnexpectedErrorMapper.lostDatabase(
                                new PersistenceException(
                                        new RuntimeException(
                                                new SQLException("Connection refused", "08001")))))
                .isTrue();
        assertThat(UnexpectedErrorMapper.lostDatabase(new SQLTransientConnectionException("pool")))
                .isTrue();
        assertThat(
                        UnexpectedErrorMapper.lostDatabase(
                                new SQLNonTransientConnectionException("closed")))
                .isTrue();
    }

    @Test
    void aPostgresRestartIsAnOutage() {
        // 57P01 admin_shutdown: what open connections get when PostgreSQL restarts
        assertThat(
                        UnexpectedErrorMapper.lostDatabase(
                                new PersistenceException(
                                        new SQLException("terminating connection", "57P01"))))
                .isTrue();
    }

    @Test
    void aConstraintViolationOrAPlainBugIsNot() {
        assertThat(
                        UnexpectedErrorMapper.lostDatabase(
                                new PersistenceException(
                                        new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(UnexpectedErrorMapper.lostDatabase(new NullPointerException())).isFalse();
        assertThat(UnexpectedErrorMapper.lostDatabase(new SQLException("no state"))).isFalse();
    }
}
