package com.tariffbridge.connect.schedule;

import com.tariffbridge.connect.ConnectHousekeeping;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every minute, across all servers once: expire abandoned flows and retry undelivered decisions.
 */
@Singleton
public class ConnectHousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(ConnectHousekeepingTimer.class.getName());

    @Inject ConnectHousekeeping housekeeping;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "connect-housekeeping")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        int expired = housekeeping.expireOpenFlows();
        int delivered = housekeeping.redeliverDecisions();
        if (expired + delivered > 0) {
            LOG.info(
                    () ->
                            "Connect housekeeping: "
                                    + expired
                                    + " flows expired, "
                                    + delivered
                                    + " decisions delivered");
        }
    }
}
