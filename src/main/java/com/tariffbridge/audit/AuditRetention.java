package com.tariffbridge.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drops audit events older than {@code audit.retention}, in batches of {@value #BATCH} with one
 * transaction each, at most {@value #MAX_BATCHES} batches a run, so a large backlog is worked off
 * over several runs without long locks. Running it twice, or on two servers, is harmless.
 */
@ApplicationScoped
public class AuditRetention {

    static final int BATCH = 500;
    static final int MAX_BATCHES = 100;

    @Inject AuditLog log;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "audit.retention", defaultValue = "P400D")
    Period retention;

    public int purge() {
        var cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        int purged = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int batch = log.purgeBatch(cutoff, BATCH);
            purged += batch;
            if (batch < BATCH) {
                break;
            }
        }
        return purged;
    }
}
