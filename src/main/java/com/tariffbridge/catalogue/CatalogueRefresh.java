package com.tariffbridge.catalogue;

import com.tariffbridge.billing.ProductSource;
import com.tariffbridge.billing.SupplyPointsSynced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the catalogue in line with what billing sells: at the end of every tariff sync run (so at
 * the sync's pace, once across all servers) and when the start-up timer finds it empty. Billing is
 * read outside any transaction; trouble with billing or a write raced by another server costs this
 * refresh only, and the next one catches up.
 */
@ApplicationScoped
public class CatalogueRefresh {

    private static final Logger LOG = Logger.getLogger(CatalogueRefresh.class.getName());

    @Inject ProductSource billing;

    @Inject ProductVersions versions;

    @Inject Clock clock;

    void afterSync(@Observes SupplyPointsSynced synced) {
        refresh(Level.WARNING);
    }

    /** Seeds an empty catalogue; answers false when billing could not be read (try again). */
    public boolean seedIfEmpty() {
        try {
            if (!versions.isEmpty()) {
                return true;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Catalogue not seeded yet: {0}", String.valueOf(e));
            return false;
        }
        // billing may simply not be up yet (the sandbox starts after us): not worth a warning
        return refresh(Level.INFO);
    }

    /**
     * Answers whether billing was read and the catalogue written; trouble is logged at {@code
     * level}.
     */
    private boolean refresh(Level level) {
        try {
            var billed = billing.products();
            var changes =
                    versions.apply(
                            billed,
                            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            billed.refused()
                    .forEach(
                            (id, reason) ->
                                    LOG.log(
                                            Level.WARNING,
                                            "Catalogue keeps product {0} as it was: {1}",
                                            new Object[] {id, reason}));
            LOG.log(
                    changes.any() ? Level.INFO : Level.FINE,
                    "Catalogue refreshed: {0} products, {1} new versions, {2} ends moved, {3} announcements dropped",
                    new Object[] {
                        billed.products().size(),
                        changes.opened(),
                        changes.retimed(),
                        changes.dropped()
                    });
            return true;
        } catch (RuntimeException e) {
            LOG.log(level, "Catalogue not refreshed: {0}", String.valueOf(e));
            return false;
        }
    }
}
