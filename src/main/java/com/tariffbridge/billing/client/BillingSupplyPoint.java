package com.tariffbridge.billing.client;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One supply point as billing describes it. {@code tariffs} are in FlatPeak's schedule shape (as
 * the tariff API emits them), so a provider's facade can hand over what it already publishes.
 */
public record BillingSupplyPoint(
        @JsonbProperty("supply_point") String supplyPoint,
        @JsonbProperty("updated_at") String updatedAt,
        @JsonbProperty("postal_address") BillingAddress postalAddress,
        @JsonbProperty("contract") BillingContract contract,
        @JsonbProperty("tariffs") BillingJsonArray tariffs,
        @JsonbProperty("market_prices") BillingJsonArray marketPrices) {

    public record BillingAddress(
            @JsonbProperty("address_line1") String line1,
            @JsonbProperty("address_line2") String line2,
            @JsonbProperty("city") String city,
            @JsonbProperty("state") String state,
            @JsonbProperty("post_code") String postCode,
            @JsonbProperty("country_code") String countryCode) {}

    public record BillingContract(
            @JsonbProperty("start_date") String startDate,
            @JsonbProperty("end_date") String endDate,
            @JsonbProperty("term_type") String termType) {}
}
