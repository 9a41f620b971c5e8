package com.tariffbridge.audit.schedule;

import com.tariffbridge.audit.AuditRetention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Hourly, across all servers once: audit events past their retention are deleted. */
@Singleton
public class AuditRetentionTimer {

    private static final Logger LOG = Logger.getLogger(AuditRetentionTimer.class.getName());

    @Inject AuditRetention retention;

    @Schedule(minute = "17", hour = "*", persistent = true, info = "audit-retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        int purged = retention.purge();
        if (purged > 0) {
            LOG.info(
                    () ->
                            "Audit retention: "
                                    + purged
                                    + " events older than the retention period deleted");
        }
    }
}
