package com.tariffbridge.billing;

/**
 * A sync run has read every page of its supply points (whatever billing answered for each), and is
 * about to finish. Fired on the run's thread, so whatever else should follow billing at the sync's
 * pace (the tariff catalogue) runs inside the run, once across all servers.
 */
public record SupplyPointsSynced(long runId) {}
