package com.tariffbridge.connect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Periodic tidying of the flow: open flows past their deadline become EXPIRED, decisions still in
 * the outbox are sent again, and long-expired flows are deleted. Safe to run twice or on several
 * servers at once.
 */
@ApplicationScoped
public class ConnectHousekeeping {

    static final int BATCH = 100;

    @Inject ConnectSteps steps;

    @Inject DecisionDeliveryService deliveries;

    @Inject ConnectSessionRepository sessions;

    public int expireOpenFlows() {
        int expired = 0;
        for (long id : steps.openFlowsPastDeadline(BATCH)) {
            if (steps.expireIfDue(id)) {
                expired++;
            }
        }
        return expired;
    }

    public int redeliverDecisions() {
        return deliveries.deliverDue(BATCH);
    }

    /**
     * One batch of expired flows past the retention cutoff, in its own transaction; flows with a
     * consent record or a decision delivery are kept.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpiredFlowsBatch(Instant cutoff, int batch) {
        return sessions.deleteExpiredUnreferenced(cutoff, batch);
    }
}
