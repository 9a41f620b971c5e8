package com.tariffbridge.contract;

import com.tariffbridge.token.GrantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * A contract that ended without renewal keeps being served as ENDED for a grace period; after it
 * the customer's grants end too, so FlatPeak's next poll gets {@code consent_revoked}.
 */
@ApplicationScoped
public class EndedContractGrace {

    @Inject RenewalReminderRepository reminders;

    @Inject GrantService grants;

    @Transactional
    public boolean revokeIfStillEnded(long grantId, Instant cutoff) {
        if (!reminders.stillEnded(grantId, cutoff)) {
            return false;
        }
        grants.revokeGrant(
                grantId, "system", "contract ended without renewal; grace over at " + cutoff);
        return true;
    }
}
