package com.tariffbridge.billing;

import com.tariffbridge.billing.client.BillingProductApi;
import com.tariffbridge.billing.client.BillingProductPage;
import com.tariffbridge.billing.client.ProductRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The tariff products billing sells, read page by page: at most {@link #MAX_PAGES} pages of {@link
 * #PAGE_SIZE}, so a runaway listing costs a bounded amount. The listing is bounded like the sync's
 * calls (timeout, one retry, circuit breaker; the client's read timeout bounds each page).
 */
@ApplicationScoped
public class ProductSource {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 10;

    private static final Logger LOG = Logger.getLogger(ProductSource.class.getName());

    @Inject @RestClient BillingProductApi api;

    /**
     * The whole listing is one guarded call (an interceptor never sees a call within the bean): the
     * timeout covers every page, a retry reads the listing again.
     *
     * @throws BillingUnavailableException or a fault-tolerance exception when billing cannot answer
     */
    @Timeout(30_000)
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
    public BilledProducts products() {
        List<BilledProduct> products = new ArrayList<>();
        Map<String, String> refused = new HashMap<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            BillingProductPage answer = page(cursor);
            for (JsonObject record :
                    answer.data() == null ? List.<JsonObject>of() : answer.data()) {
                try {
                    ProductRecords.product(record).ifPresent(products::add);
                } catch (IllegalArgumentException | ClassCastException e) {
                    String id = String.valueOf(record.get("product_id"));
                    refused.put(id, "unusable billing product: " + e.getMessage());
                }
            }
            cursor = answer.nextCursor();
            if (cursor == null) {
                return new BilledProducts(products, refused, true);
            }
        }
        LOG.log(
                Level.WARNING,
                "Billing lists more than {0} products; the catalogue keeps the first ones and withdraws none",
                MAX_PAGES * PAGE_SIZE);
        return new BilledProducts(products, refused, false);
    }

    private BillingProductPage page(String cursor) {
        try {
            return api.products(cursor, PAGE_SIZE);
        } catch (ProcessingException e) {
            throw new BillingUnavailableException(
                    "billing could not be reached: " + e.getMessage(), false, e);
        }
    }
}
