package com.tariffbridge.identity;

import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.billing.CustomerSupplies;
import com.tariffbridge.billing.CustomerSupply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Our record of an IdP customer, in one transaction with their supply points: found by the IdP's
 * subject, else by billing reference (a customer we already knew, now signing in at the IdP), else
 * created.
 */
@ApplicationScoped
public class IdpCustomerLinks {

    @Inject CustomerRepository customers;

    @Inject CustomerSupplies supplies;

    @Inject AuditLog audit;

    @Inject Clock clock;

    @Transactional
    public long link(IdpIdentity identity, List<CustomerSupply> listed) {
        String email = freeEmail(identity);
        var customer =
                customers
                        .findByIdpSubject(identity.subject())
                        .or(() -> customers.findByBillingRef(identity.billingRef()));
        long id;
        if (customer.isPresent()) {
            customer.get().signedInAtIdp(identity.subject(), identity.displayName(), email);
            id = customer.get().getId();
        } else {
            var created =
                    Customer.fromIdp(
                            identity.subject(),
                            identity.billingRef(),
                            identity.displayName(),
                            email,
                            clock.instant());
            customers.add(created);
            id = created.getId();
            audit.record(
                    "CUSTOMER_LINKED",
                    "identity-provider",
                    "customer:" + id,
                    "billing_ref=" + identity.billingRef());
        }
        supplies.adopt(id, listed);
        return id;
    }

    /** The IdP's address, unless another of our customers has it (then none is kept). */
    private String freeEmail(IdpIdentity identity) {
        if (identity.email() == null) {
            return null;
        }
        return customers
                        .findByEmail(identity.email())
                        .filter(other -> !identity.subject().equals(other.idpSubject()))
                        .filter(other -> !identity.billingRef().equals(other.getBillingRef()))
                        .isPresent()
                ? null
                : identity.email();
    }
}
