package com.tariffbridge.catalogue.web;

import com.tariffbridge.billing.BilledProduct.Region;
import com.tariffbridge.catalogue.OfferedProduct;
import com.tariffbridge.catalogue.ProductsOnSale;
import com.tariffbridge.platform.i18n.Languages;
import com.tariffbridge.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The public {@code /tariffs} page: the products on sale today with their prices per band, all of
 * them or those of one region ({@code ?region=_C}), in the reader's language.
 */
@Named
@RequestScoped
public class TariffsBacking {

    @Inject ProductsOnSale onSale;

    @Inject Messages msg;

    @Inject Languages languages;

    private String region;
    private List<Region> regions = List.of();
    private List<Card> products = List.of();

    /** One product as the page shows it. */
    public record Card(
            String id,
            String name,
            String kind,
            String direction,
            String regions,
            String payment,
            String contract,
            String standingCharge,
            String since,
            List<PriceLine> lines) {}

    public void open() {
        var all = onSale.now();
        regions =
                all.stream()
                        .flatMap(p -> p.regions().stream())
                        .collect(Collectors.toMap(Region::code, r -> r, (a, b) -> a))
                        .values()
                        .stream()
                        .sorted(Comparator.comparing(Region::name))
                        .toList();
        var lines = new PriceLines(msg, languages.getCurrent());
        products =
                all.stream()
                        .filter(
                                p ->
                                        region == null
                                                || p.regions().stream()
                                                        .anyMatch(r -> r.code().equals(region)))
                        .map(p -> card(p, lines))
                        .toList();
    }

    private Card card(OfferedProduct product, PriceLines lines) {
        var tariff = product.tariff();
        return new Card(
                product.id(),
                product.displayName(),
                msg.text("tariffs.kind." + tariff.kind().name()),
                msg.text("tariffs.direction." + tariff.direction().name()),
                product.regions().stream().map(Region::name).collect(Collectors.joining(", ")),
                msg.text(
                        "tariffs.payment."
                                + (product.paymentMethod() == null
                                        ? "none"
                                        : product.paymentMethod())),
                product.contractMonths() == null
                        ? msg.text("tariffs.contract.none")
                        : msg.text("tariffs.contract.months", product.contractMonths()),
                msg.text("tariffs.perDay", lines.money(tariff.standingChargePerDay(), tariff)),
                msg.date(product.validFrom()),
                lines.of(tariff));
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region;
    }

    /** The region's name while one is picked (null otherwise). */
    public String getRegionName() {
        return regions.stream()
                .filter(r -> r.code().equals(region))
                .map(Region::name)
                .findFirst()
                .orElse(region);
    }

    public List<Region> getRegions() {
        return regions;
    }

    public List<Card> getProducts() {
        return products;
    }
}
