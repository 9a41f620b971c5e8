package com.tariffbridge.billing;

import com.tariffbridge.billing.client.BillingApi;
import com.tariffbridge.billing.client.BillingLookup;
import com.tariffbridge.billing.client.BillingRecords;
import com.tariffbridge.billing.client.KnownTariffs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.SocketTimeoutException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The billing system as the sync needs it: the tariffs, contract term and address of a page of
 * supply points. Every call is bounded: a timeout (the client's read timeout is set too, because
 * the annotation cannot interrupt a blocking read), one retry for transient trouble, a circuit
 * breaker so an outage costs one fast failure per page instead of a timeout, and a bulkhead so a
 * slow billing system can hold at most a few threads. All values can be tuned per deployment
 * through MicroProfile Config ({@code
 * com.tariffbridge.billing.TariffSource/supplies/Timeout/value}, …).
 */
@ApplicationScoped
public class TariffSource {

    @Inject @RestClient BillingApi api;

    private final KnownTariffs known = new KnownTariffs(500);

    @Timeout(6000)
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
            successThreshold = 1,
            skipOn = BillingRejectedException.class)
    @Bulkhead(4)
    public BilledPage supplies(List<String> references) {
        try {
            return BillingRecords.page(
                    references, api.lookup(new BillingLookup(references)), known);
        } catch (ProcessingException e) {
            boolean timedOut = causedBy(e, SocketTimeoutException.class);
            throw new BillingUnavailableException(
                    "billing could not be reached: " + e.getMessage(), timedOut, e);
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
