package com.tariffbridge.billing;

import com.tariffbridge.contract.SupplyOnRecord;
import com.tariffbridge.contract.SupplyPointService;
import com.tariffbridge.token.GrantService;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * A sync run: for every supply point an active grant shares, in keyset pages of {@code
 * sync.page-size}, ask billing and write what changed (one transaction per page, billing called
 * outside it). Billing trouble costs a page its freshness (stale), never the run; only an error of
 * our own ends a run as FAILED. Never two runs at once: see {@link SyncRun}.
 */
@ApplicationScoped
public class TariffSync {

    private static final Logger LOG = Logger.getLogger(TariffSync.class.getName());

    @Inject GrantService grants;

    @Inject SupplyPointService supplies;

    @Inject TariffSyncLauncher workers;

    @Inject SyncPageWriter writer;

    @Inject SyncRuns runs;

    @Inject Clock clock;

    @Inject jakarta.enterprise.event.Event<SupplyPointsSynced> synced;

    @Inject
    @ConfigProperty(name = "sync.page-size", defaultValue = "500")
    int pageSize;

    @Inject
    @ConfigProperty(name = "sync.pace", defaultValue = "0.5")
    double pace;

    /** Opens a run, or answers empty when another run (on any server) is still going. */
    public Optional<Long> open(String trigger) {
        runs.closeAbandoned();
        if (runs.running().isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    runs.open(trigger, Math.toIntExact(grants.countSharedSupplyPoints())));
        } catch (PersistenceException raced) {
            // the unique running slot: another server opened its run between our check and insert
            return Optional.empty();
        }
    }

    /**
     * What the timer does: a run now, unless one is already going, or a timer run started less than
     * half an interval ago. The second happens after a fail-over: the survivor catches up the
     * expiry the dead server had claimed, and the next one falls due moments later; one run covers
     * both.
     */
    public void runScheduled(Duration interval) {
        var previous = runs.lastStart("timer");
        if (previous.isPresent() && isCatchUp(previous.get(), clock.instant(), interval)) {
            LOG.info(
                    () ->
                            "Tariff sync skipped: the last timer run started at "
                                    + previous.get()
                                    + ", less than half an interval ago");
            return;
        }
        open("timer")
                .ifPresentOrElse(
                        this::run, () -> LOG.info("Tariff sync skipped: a run is still going"));
    }

    static boolean isCatchUp(Instant previousStart, Instant now, Duration interval) {
        // a clock set back (tests, a corrected host clock) must not stop the timer's runs
        return !previousStart.isAfter(now)
                && previousStart.isAfter(now.minus(interval.dividedBy(2)));
    }

    public void run(long runId) {
        long started = System.nanoTime();
        try {
            Instant lastGood = runs.lastCompleteStart().orElse(null);
            var pacing = new SyncPace(pace);
            // billing is asked for the next page while this one is written: the two overlap
            Page page = read(0);
            while (page != null) {
                long readSince = System.nanoTime();
                Page next = read(page.lastId());
                long busy = System.nanoTime() - readSince + write(runId, page, lastGood);
                page = next;
                // only our own work counts: waiting for billing leaves the cores free anyway
                pause(pacing.pauseAfter(Duration.ofNanos(busy)));
            }
            synced.fire(new SupplyPointsSynced(runId));
            runs.finish(runId, null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tariff sync run " + runId + " failed", e);
            runs.finish(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        runs.find(runId)
                .ifPresent(
                        run ->
                                LOG.log(
                                        run.getFailed() == 0 ? Level.INFO : Level.WARNING,
                                        "Tariff sync run {0} {1} in {2} ms: {3} checked, {4} changed, {5} failed (timeout {6}, circuit open {7}, "
                                                + "unavailable {8}, rejected {9})",
                                        new Object[] {
                                            runId,
                                            run.getStatus(),
                                            millis,
                                            run.getChecked(),
                                            run.getChanged(),
                                            run.getFailed(),
                                            run.failed(FailureCause.TIMEOUT),
                                            run.failed(FailureCause.CIRCUIT_OPEN),
                                            run.failed(FailureCause.UNAVAILABLE),
                                            run.failed(FailureCause.REJECTED)
                                        }));
    }

    private static void pause(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pacing the run", e);
        }
    }

    /** A page of the work list with billing's answer on its way. */
    private record Page(
            List<Long> supplyPointIds, List<SupplyOnRecord> held, Future<BilledPage> billed) {

        long lastId() {
            return supplyPointIds.get(supplyPointIds.size() - 1);
        }
    }

    /** The next page after a supply point id, with its billing call started; null at the end. */
    private Page read(long after) {
        List<Long> ids = grants.sharedSupplyPoints(after, pageSize);
        if (ids.isEmpty()) {
            return null;
        }
        List<SupplyOnRecord> held = supplies.onRecord(ids);
        Future<BilledPage> billed =
                held.isEmpty()
                        ? CompletableFuture.completedFuture(new BilledPage(List.of(), Map.of()))
                        : workers.fetchInBackground(
                                held.stream().map(SupplyOnRecord::reference).toList());
        return new Page(ids, held, billed);
    }

    /** Writes the page once billing answered; answers the nanoseconds the writing took. */
    private long write(long runId, Page page, Instant lastGood) {
        BilledPage billed;
        long since;
        try {
            billed = page.billed().get();
            since = System.nanoTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for billing", e);
        } catch (ExecutionException e) {
            FailureCause cause = causeOf(unwrap(e));
            // one summary per run is logged at the end; per page only when asked for
            LOG.log(
                    Level.FINE,
                    "Billing failed for a page of {0} supply points ({1}): {2}",
                    new Object[] {page.supplyPointIds().size(), cause, e.getCause()});
            since = System.nanoTime();
            writer.applyFailure(runId, page.supplyPointIds(), cause, lastGood);
            return System.nanoTime() - since;
        }
        writer.applyBilled(runId, page.held(), billed, page.supplyPointIds().size(), lastGood);
        return System.nanoTime() - since;
    }

    /** The exception the billing call threw, from under the container's wrappers. */
    static RuntimeException unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof ExecutionException || t instanceof EJBException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RuntimeException runtime ? runtime : new IllegalStateException(t);
    }

    /** Billing trouble by cause; anything else is our own error and ends the run. */
    static FailureCause causeOf(RuntimeException e) {
        if (e instanceof CircuitBreakerOpenException) {
            return FailureCause.CIRCUIT_OPEN;
        }
        if (e instanceof TimeoutException) {
            return FailureCause.TIMEOUT;
        }
        if (e instanceof BillingUnavailableException unavailable) {
            return unavailable.timedOut() ? FailureCause.TIMEOUT : FailureCause.UNAVAILABLE;
        }
        if (e instanceof BulkheadException) {
            return FailureCause.UNAVAILABLE;
        }
        if (e instanceof BillingRejectedException) {
            return FailureCause.REJECTED;
        }
        throw e;
    }
}
