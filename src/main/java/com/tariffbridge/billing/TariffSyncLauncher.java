package com.tariffbridge.billing;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Runs an opened sync run on a container thread, so the ops trigger can answer 202 at once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TariffSyncLauncher {

    @Inject
    TariffSync sync;

    @Asynchronous
    public void runInBackground(long runId) {
        sync.run(runId);
    }
}
