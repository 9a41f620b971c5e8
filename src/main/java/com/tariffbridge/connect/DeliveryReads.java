package com.tariffbridge.connect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Read-only look-ups the delivery needs, each in its own short transaction. */
@ApplicationScoped
public class DeliveryReads {

    @Inject ConnectSessionRepository sessions;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Long grantOf(long flowId) {
        return sessions.consentOf(flowId).map(ConsentRecord::getGrantId).orElse(null);
    }
}
