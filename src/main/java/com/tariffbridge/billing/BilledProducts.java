package com.tariffbridge.billing;

import java.util.List;
import java.util.Map;

/**
 * What billing sells, as far as it was read: the usable electricity products, and the products it
 * described unusably (by id, with the reason). {@code complete} is false when the listing was cut
 * short, so a product missing from it must not be taken as withdrawn.
 */
public record BilledProducts(
        List<BilledProduct> products, Map<String, String> refused, boolean complete) {

    public BilledProducts {
        products = List.copyOf(products);
        refused = Map.copyOf(refused);
    }
}
