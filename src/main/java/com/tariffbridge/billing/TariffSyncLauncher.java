package com.tariffbridge.billing;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Container threads for the sync: a whole run in the background (so the ops trigger can answer 202
 * at once), and the billing call for the next page while the current page is being written.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TariffSyncLauncher {

    @Inject TariffSync sync;

    @Inject TariffSource billing;

    @Asynchronous
    public void runInBackground(long runId) {
        sync.run(runId);
    }

    @Asynchronous
    public Future<BilledPage> fetchInBackground(List<String> references) {
        return new AsyncResult<>(billing.supplies(references));
    }
}
