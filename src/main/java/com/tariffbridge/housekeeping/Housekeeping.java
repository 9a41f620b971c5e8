package com.tariffbridge.housekeeping;

import com.tariffbridge.connect.ConnectHousekeeping;
import com.tariffbridge.tariff.TariffSnapshots;
import com.tariffbridge.token.TokenHousekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntUnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes what no one needs any more, each kind in batches of {@code housekeeping.batch-size} with
 * one transaction each and at most {@code housekeeping.max-batches} batches a run, so a backlog is
 * worked off over several runs without long locks: sealed successor pairs of rotated refresh tokens
 * once their grace ended; and, once older than {@code housekeeping.retention}, expired access
 * tokens, expired connect sessions that no consent record or decision delivery refers to, and
 * superseded tariff snapshots. Running it twice, or on two servers at once, is harmless.
 */
@ApplicationScoped
public class Housekeeping {

    @Inject TokenHousekeeping tokens;

    @Inject ConnectHousekeeping flows;

    @Inject TariffSnapshots snapshots;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "housekeeping.retention", defaultValue = "P30D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "housekeeping.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    @ConfigProperty(name = "housekeeping.max-batches", defaultValue = "20")
    int maxBatches;

    public HousekeepingRun run() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention);
        return new HousekeepingRun(
                inBatches(batch -> tokens.forgetSuccessorsBatch(now, batch)),
                inBatches(batch -> tokens.purgeExpiredAccessBatch(cutoff, batch)),
                inBatches(batch -> flows.purgeExpiredFlowsBatch(cutoff, batch)),
                inBatches(batch -> snapshots.purgeSupersededBatch(cutoff, batch)));
    }

    /** The batch size in force, so a test can make sure it crosses a batch boundary. */
    public int batchSize() {
        return Math.max(1, batchSize);
    }

    private int inBatches(IntUnaryOperator oneBatch) {
        int size = batchSize();
        int done = 0;
        for (int i = 0; i < Math.max(1, maxBatches); i++) {
            int batch = oneBatch.applyAsInt(size);
            done += batch;
            if (batch < size) {
                break;
            }
        }
        return done;
    }
}
