package com.tariffbridge.billing;

import com.tariffbridge.contract.SupplyOnRecord;
import com.tariffbridge.contract.SupplyPointService;
import com.tariffbridge.tariff.TariffSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes one page of a sync run in one transaction: new snapshot versions, billed terms and
 * addresses, fresh or stale flags, and the run's counts. The page either commits whole or not at
 * all, and the persistence context ends with it, so memory stays bounded by the page size.
 */
@ApplicationScoped
public class SyncPageWriter {

    static final String ACTOR = "billing-sync";
    private static final Logger LOG = Logger.getLogger(SyncPageWriter.class.getName());

    @Inject TariffSnapshots snapshots;

    @Inject SupplyPointService supplies;

    @Inject SyncRuns runs;

    @Transactional
    public void applyBilled(
            long runId,
            List<SupplyOnRecord> held,
            BilledPage billed,
            int pageSize,
            Instant lastGoodSync) {
        var changes = apply(held, billed, ACTOR);
        snapshots.markStale(changes.refused().keySet(), lastGoodSync);
        Map<FailureCause, Integer> failures = new EnumMap<>(FailureCause.class);
        if (!changes.refused().isEmpty()) {
            failures.put(FailureCause.REJECTED, changes.refused().size());
            var example = changes.refused().entrySet().iterator().next();
            LOG.log(
                    Level.WARNING,
                    "Billing could not describe {0} supply points of a page, e.g. id {1}: {2}",
                    new Object[] {
                        changes.refused().size(),
                        String.valueOf(example.getKey()),
                        example.getValue()
                    });
        }
        runs.count(runId, new PageCounts(pageSize, changes.changedCount(), failures));
    }

    /**
     * What billing listed for a customer who just signed in, written as the sync would write a page
     * of it, so their supply points have a current snapshot before FlatPeak's first poll.
     */
    @Transactional
    public void applyListed(List<SupplyOnRecord> held, BilledPage billed, String actor) {
        apply(held, billed, actor);
    }

    private PageChanges apply(List<SupplyOnRecord> held, BilledPage billed, String actor) {
        var changes =
                PageChanges.between(
                        held,
                        snapshots.currentHashes(
                                held.stream().map(SupplyOnRecord::supplyPointId).toList()),
                        billed);
        snapshots.storeAll(changes.tariffs());
        changes.corrections()
                .forEach(
                        c -> supplies.applyBilled(c.supplyPointId(), c.term(), c.address(), actor));
        snapshots.confirm(changes.confirmed());
        return changes;
    }

    /** Billing failed for the whole page: every supply point keeps its snapshot, marked stale. */
    @Transactional
    public void applyFailure(
            long runId, List<Long> supplyPointIds, FailureCause cause, Instant lastGoodSync) {
        snapshots.markStale(supplyPointIds, lastGoodSync);
        runs.count(
                runId,
                new PageCounts(supplyPointIds.size(), 0, Map.of(cause, supplyPointIds.size())));
    }
}
