package com.tariffbridge.billing;

import com.tariffbridge.billing.client.BillingCustomerApi;
import com.tariffbridge.billing.client.BillingCustomerSupplies;
import com.tariffbridge.billing.client.BillingRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Billing's list of a customer's supply points, asked when the customer signs in at the provider's
 * IdP. Bounded like the sync's calls (timeout, one retry, circuit breaker); the customer is
 * waiting, so the timeout is shorter.
 */
@ApplicationScoped
public class CustomerSupplySource {

    private static final Logger LOG = Logger.getLogger(CustomerSupplySource.class.getName());

    /** What a billing reference may look like before it goes into billing's URL. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Inject @RestClient BillingCustomerApi api;

    /**
     * The customer's supply points, or empty when billing does not know this reference (or it could
     * never be one). Records billing cannot describe usably are left out, with a warning.
     *
     * @throws BillingUnavailableException or a fault-tolerance exception when billing cannot answer
     */
    @Timeout(4000)
    @Retry(
            maxRetries = 1,
            delay = 200,
            jitter = 100,
            retryOn = {BillingUnavailableException.class, TimeoutException.class},
            abortOn = BillingRejectedException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10_000,
            skipOn = BillingRejectedException.class)
    public Optional<List<CustomerSupply>> supplies(String customerRef) {
        if (customerRef == null || !REFERENCE.matcher(customerRef).matches()) {
            return Optional.empty();
        }
        BillingCustomerSupplies answer;
        try {
            answer = api.supplyPoints(customerRef);
        } catch (BillingRejectedException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (ProcessingException e) {
            throw new BillingUnavailableException(
                    "billing could not be reached: " + e.getMessage(), false, e);
        }
        var supplies = new ArrayList<CustomerSupply>();
        for (var supply :
                answer.supplyPoints() == null
                        ? List.<BillingCustomerSupplies.Supply>of()
                        : answer.supplyPoints()) {
            try {
                supplies.add(
                        new CustomerSupply(
                                BillingRecords.toBilled(supply.record()),
                                label(supply),
                                !"ENDED".equals(supply.status())));
            } catch (IllegalArgumentException e) {
                LOG.log(
                        Level.WARNING,
                        "Billing listed supply point {0} of a customer unusably: {1}",
                        new Object[] {supply.supplyPoint(), e.getMessage()});
            }
        }
        return Optional.of(supplies);
    }

    private static String label(BillingCustomerSupplies.Supply supply) {
        String label = supply.label();
        if (label == null || label.isBlank()) {
            label =
                    supply.postalAddress() == null
                            ? supply.supplyPoint()
                            : supply.postalAddress().line1();
        }
        return label.length() > 120 ? label.substring(0, 120) : label;
    }
}
