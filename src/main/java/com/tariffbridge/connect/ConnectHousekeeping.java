package com.tariffbridge.connect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Periodic tidying of the flow: open flows past their deadline become EXPIRED, and decisions still
 * in the outbox are sent again. Safe to run twice or on several servers at once.
 */
@ApplicationScoped
public class ConnectHousekeeping {

    static final int BATCH = 100;

    @Inject ConnectSteps steps;

    @Inject DecisionDeliveryService deliveries;

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
}
