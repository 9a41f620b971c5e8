package com.tariffbridge.identity;

import com.tariffbridge.billing.BillingRejectedException;
import com.tariffbridge.billing.BillingUnavailableException;
import com.tariffbridge.billing.CustomerSupply;
import com.tariffbridge.billing.CustomerSupplySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Turns someone the provider's IdP vouched for into our customer: their billing reference claim
 * must name a customer billing knows, and billing's list of their supply points becomes ours (the
 * local tables keep only what grants, sync, reminders and audit need, never a password).
 */
@ApplicationScoped
public class IdpCustomers {

    private static final Logger LOG = Logger.getLogger(IdpCustomers.class.getName());

    @Inject CustomerSupplySource billing;

    @Inject IdpCustomerLinks links;

    /** How resolving an IdP sign-in ended. */
    public sealed interface Resolution {

        record Known(long customerId, String displayName) implements Resolution {}

        /** No billing reference claim, or one billing does not know. */
        record NoBillingAccount() implements Resolution {}

        record BillingUnavailable() implements Resolution {}
    }

    public Resolution resolve(IdpIdentity identity) {
        if (identity.billingRef() == null) {
            LOG.info("An IdP sign-in carried no billing reference claim");
            return new Resolution.NoBillingAccount();
        }
        Optional<List<CustomerSupply>> listed;
        try {
            listed = billing.supplies(identity.billingRef());
        } catch (BillingUnavailableException
                | BillingRejectedException
                | FaultToleranceException e) {
            LOG.warning(() -> "Billing could not list a signed-in customer's supplies: " + e);
            return new Resolution.BillingUnavailable();
        }
        if (listed.isEmpty()) {
            LOG.info("An IdP sign-in named a billing reference that billing does not know");
            return new Resolution.NoBillingAccount();
        }
        long id = links.link(identity, listed.get());
        return new Resolution.Known(id, identity.displayName());
    }
}
