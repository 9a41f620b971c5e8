package com.tariffbridge.catalogue;

import com.tariffbridge.billing.BilledProduct;
import com.tariffbridge.platform.Sha256;
import com.tariffbridge.tariff.TariffDocument;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * A product's content as the catalogue API serves it, apart from its id, version and validity:
 * FlatPeak's tariff element (a product has no contract, so its contract dates are null) with the
 * library fields beside it. The hash decides whether billing changed anything.
 */
record ProductContent(String json, String hash, List<String> regionCodes) {

    private static final JsonProvider JSON = JsonProvider.provider();

    static ProductContent of(BilledProduct product) {
        var tariff = product.tariff();
        var regions = JSON.createArrayBuilder();
        product.regions()
                .forEach(
                        r ->
                                regions.add(
                                        JSON.createObjectBuilder()
                                                .add("code", r.code())
                                                .add("name", r.name())));
        JsonObjectBuilder body =
                JSON.createObjectBuilder()
                        .add("display_name", product.displayName())
                        .add("direction", product.direction().name())
                        .add("fuel", "ELECTRICITY")
                        .add("regions", regions);
        nullable(
                body,
                "payment_method",
                product.paymentMethod() == null ? null : product.paymentMethod().name());
        if (product.contractMonths() == null) {
            body.addNull("contract_length_months");
        } else {
            body.add("contract_length_months", product.contractMonths());
        }
        body.add("currency", tariff.currency().getCurrencyCode())
                .add("timezone", tariff.zone().getId())
                .add("standing_charge", tariff.standingChargePerDay())
                .add(
                        "tariff",
                        TariffDocument.element(tariff)
                                .addNull("contract_start_date")
                                .addNull("contract_end_date"));
        String json = body.build().toString();
        return new ProductContent(
                json,
                Sha256.hex(json),
                product.regions().stream().map(BilledProduct.Region::code).toList());
    }

    private static void nullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
