package com.tariffbridge.billing.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** A customer's supply points as billing lists them. */
public record BillingCustomerSupplies(
        @JsonbProperty("customer_ref") String customerRef,
        @JsonbProperty("supply_points") List<Supply> supplyPoints) {

    /**
     * One supply point: the fields of {@link BillingSupplyPoint}, plus the customer's name for it
     * and whether its contract is in force.
     */
    public record Supply(
            @JsonbProperty("supply_point") String supplyPoint,
            @JsonbProperty("label") String label,
            @JsonbProperty("status") String status,
            @JsonbProperty("updated_at") String updatedAt,
            @JsonbProperty("postal_address") BillingSupplyPoint.BillingAddress postalAddress,
            @JsonbProperty("contract") BillingSupplyPoint.BillingContract contract,
            @JsonbProperty("tariffs") BillingJsonArray tariffs,
            @JsonbProperty("market_prices") BillingJsonArray marketPrices) {

        public BillingSupplyPoint record() {
            return new BillingSupplyPoint(
                    supplyPoint, updatedAt, postalAddress, contract, tariffs, marketPrices);
        }
    }
}
