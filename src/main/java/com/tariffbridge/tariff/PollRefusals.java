package com.tariffbridge.tariff;

import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.token.BearerResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes refused polls of a known grant to the audit log, so ops can show every poll that came
 * after a revocation. Tokens nobody issued are not audited: anyone can send those, and each would
 * cost a write.
 */
@ApplicationScoped
public class PollRefusals {

    @Inject AuditLog audit;

    @Transactional
    public void unauthorised(long grantId, BearerResult.Code code) {
        audit.record("POLL_REFUSED", "flatpeak", "grant:" + grantId, "401 " + code.wireName());
    }

    @Transactional
    public void tooSoon(long grantId, long retryAfterSeconds) {
        audit.record(
                "POLL_THROTTLED",
                "flatpeak",
                "grant:" + grantId,
                "429 retry after " + retryAfterSeconds + " s");
    }
}
