package com.tariffbridge.admin;

import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.billing.TariffSync;
import com.tariffbridge.token.GrantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What staff do, each with its audit event in the same transaction; the actor is {@code
 * staff:<name>}.
 */
@ApplicationScoped
public class StaffActions {

    static final int MAX_REASON = 150;

    @Inject AuditLog audit;

    @Inject GrantService grants;

    @Inject TariffSync sync;

    @Transactional
    public void signedIn(String name) {
        audit.record("STAFF_SIGNED_IN", actor(name), actor(name), null);
    }

    @Transactional
    public void signedOut(String name) {
        audit.record("STAFF_SIGNED_OUT", actor(name), actor(name), null);
    }

    @Transactional
    public void accessRefused(String name) {
        audit.record(
                "STAFF_ACCESS_REFUSED",
                actor(name),
                actor(name),
                "valid password but no admin role");
    }

    /**
     * Ends a connection: the grant and all its tokens, so FlatPeak's next poll or refresh gets 401.
     * The reason is kept with the grant and in the audit log.
     */
    @Transactional
    public void revokeConnection(String name, long grantId, String reason) {
        grants.revokeGrant(grantId, actor(name), "staff: " + reason(reason));
    }

    /**
     * Opens a tariff sync run with its audit event in one transaction; empty when a run is still
     * going. The caller starts the run's work after this commits, so the worker finds the row.
     */
    @Transactional
    public Optional<Long> openSyncRun(String name) {
        Optional<Long> opened = sync.open("admin");
        opened.ifPresent(
                id ->
                        audit.record(
                                "SYNC_RUN_STARTED",
                                actor(name),
                                "sync-run:" + id,
                                "trigger=admin"));
        return opened;
    }

    @Transactional
    public void exportedAudit(String name, String filter) {
        audit.record("AUDIT_EXPORTED", actor(name), "audit", filter);
    }

    static String reason(String reason) {
        String text = reason == null ? "" : reason.strip().replaceAll("\\p{Cntrl}", " ");
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }

    private static String actor(String name) {
        return "staff:" + StaffLockout.key(name);
    }
}
