package com.tariffbridge.catalogue.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxBilling;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a FlatPeak-like client without credentials reads at /api/v1/tariff-products: the sandbox
 * provider's products in FlatPeak's shape, filters, pages, 304s and versions. Each test that needs
 * a known catalogue sells its own products in a region of its own.
 */
class TariffProductsApiIT {

    private static HttpResponse<String> get(String pathAndQuery, String ifNoneMatch) {
        var request = ItServer.request(pathAndQuery).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return ItServer.send(request.build());
    }

    private static JsonObject list(String query) {
        var response = get("/api/v1/tariff-products" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SandboxFlatPeak.json(response.body());
    }

    private static List<JsonObject> data(JsonObject page) {
        return page.getJsonArray("data").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(JsonObject page) {
        return data(page).stream().map(p -> p.getString("id")).toList();
    }

    private static String ownRegion() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String rate(JsonObject product) {
        return product.getJsonObject("tariff")
                .getJsonArray("schedule")
                .getJsonObject(0)
                .getJsonArray("days_and_hours")
                .getJsonObject(0)
                .getJsonArray("hours")
                .getJsonObject(0)
                .getJsonArray("rate")
                .getJsonObject(0)
                .getJsonNumber("fixed")
                .toString();
    }

    @Test
    void aClientWithoutCredentialsReadsTheProvidersProductsInFlatPeaksShape() {
        SyncRunsOverHttp.run();
        var response = get("/api/v1/tariff-products?limit=200", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        var page = SandboxFlatPeak.json(response.body());
        assertThat(ids(page))
                .contains(
                        "BRT-FIX12-A",
                        "BRT-FIX12-C",
                        "BRT-E7-A",
                        "BRT-E7-C",
                        "BRT-EVN-A",
                        "BRT-EVN-C",
                        "BRT-TRK-A",
                        "BRT-TRK-C",
                        "BRT-EXP")
                .as("gas is not for FlatPeak's library")
                .doesNotContain("BRT-GAS12-C");
        var evNight =
                data(page).stream()
                        .filter(p -> p.getString("id").equals("BRT-EVN-C"))
                        .findFirst()
                        .orElseThrow();
        assertThat(evNight.getString("currency")).isEqualTo("GBP");
        assertThat(evNight.getString("timezone")).isEqualTo("Europe/London");
        assertThat(evNight.getString("payment_method")).isEqualTo("DIRECT_DEBIT");
        assertThat(evNight.getInt("contract_length_months")).isEqualTo(12);
        assertThat(evNight.getJsonArray("regions").getJsonObject(0).getString("name"))
                .isEqualTo("London");
        var tariff = evNight.getJsonObject("tariff");
        assertThat(tariff.getString("direction")).isEqualTo("IMPORT");
        assertThat(tariff.getString("type")).isEqualTo("COMMODITY");
        assertThat(tariff.getString("kind")).isEqualTo("TIME_OF_DAY");
        assertThat(tariff.getBoolean("market_rates")).isFalse();
        var night =
                tariff.getJsonArray("schedule")
                        .getJsonObject(0)
                        .getJsonArray("days_and_hours")
                        .getJsonObject(0)
                        .getJsonArray("hours")
                        .getJsonObject(1);
        assertThat(night.getString("valid_from")).isEqualTo("00:30:00");
        assertThat(night.getString("valid_to")).isEqualTo("05:30:00");
        assertThat(night.getJsonArray("rate").getJsonObject(0).getJsonNumber("fixed").toString())
                .isEqualTo("0.07000");
        var tracker =
                data(page).stream()
                        .filter(p -> p.getString("id").equals("BRT-TRK-A"))
                        .findFirst()
                        .orElseThrow();
        assertThat(tracker.getJsonObject("tariff").getBoolean("market_rates")).isTrue();
        var fixedEast =
                data(page).stream()
                        .filter(p -> p.getString("id").equals("BRT-FIX12-A"))
                        .findFirst()
                        .orElseThrow();
        var fixedLondon =
                data(page).stream()
                        .filter(p -> p.getString("id").equals("BRT-FIX12-C"))
                        .findFirst()
                        .orElseThrow();
        assertThat(rate(fixedEast))
                .as("regions are priced differently")
                .isNotEqualTo(rate(fixedLondon));
        assertThat(response.body())
                .as("never any customer data")
                .doesNotContain(
                        "SP-1000", "SP-2000", "Strand", "@example.com", "supply_point", "CUST-");
    }

    @Test
    void regionAndDirectionFilterTheProducts() {
        SyncRunsOverHttp.run();

        var london = list("?region=_C&limit=200");
        assertThat(ids(london)).contains("BRT-FIX12-C", "BRT-EXP").doesNotContain("BRT-FIX12-A");
        assertThat(data(london))
                .allSatisfy(
                        p -> assertThat(p.getJsonArray("regions").toString()).contains("\"_C\""));
        assertThat(ids(list("?region=_C&direction=export"))).containsExactly("BRT-EXP");
        assertThat(data(list("?direction=EXPORT&limit=200")))
                .allSatisfy(p -> assertThat(p.getString("direction")).isEqualTo("EXPORT"));
        assertThat(ids(list("?region=" + ownRegion()))).isEmpty();
    }

    @Test
    void pagesFollowStartingAfterUntilThereAreNoMore() {
        String region = ownRegion();
        for (int i = 1; i <= 3; i++) {
            SandboxBilling.sellFlatProduct(region + "-" + i, region, "IMPORT", "0.2" + i);
        }
        SyncRunsOverHttp.run();

        var first = list("?region=" + region + "&limit=2");
        assertThat(ids(first)).containsExactly(region + "-1", region + "-2");
        assertThat(first.getBoolean("has_more")).isTrue();
        var second = list("?region=" + region + "&limit=2&starting_after=" + region + "-2");
        assertThat(ids(second)).containsExactly(region + "-3");
        assertThat(second.getBoolean("has_more")).isFalse();
    }

    @Test
    void anUnchangedCatalogueAnswers304ToItsETag() {
        String region = ownRegion();
        String id = SandboxBilling.sellFlatProduct(region + "-1", region, "IMPORT", "0.21");
        SyncRunsOverHttp.run();

        for (String path :
                new String[] {
                    "/api/v1/tariff-products?region=" + region, "/api/v1/tariff-products/" + id
                }) {
            var full = get(path, null);
            String etag = full.headers().firstValue("ETag").orElseThrow();
            SyncRunsOverHttp.run();

            var again = get(path, etag);

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
            assertThat(get(path, "\"something-else\"").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPriceChangeIsANewVersionAndTheOldPriceStaysReadableAtAnEarlierTime() {
        String region = ownRegion();
        String id = SandboxBilling.sellFlatProduct(region + "-1", region, "IMPORT", "0.2");
        SyncRunsOverHttp.run();
        var before = get("/api/v1/tariff-products?region=" + region, null);
        String oldTag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(data(SandboxFlatPeak.json(before.body())).get(0).getInt("version")).isEqualTo(1);

        String changedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        SandboxBilling.repriceProduct(id, "1.5", changedAt);
        SyncRunsOverHttp.run();

        var after = get("/api/v1/tariff-products?region=" + region, oldTag);
        assertThat(after.statusCode())
                .as("the change answers a conditional request in full")
                .isEqualTo(200);
        var current = data(SandboxFlatPeak.json(after.body())).get(0);
        assertThat(current.getInt("version")).isEqualTo(2);
        assertThat(current.getString("valid_from")).isEqualTo(changedAt);
        assertThat(rate(current)).isEqualTo("0.30000");

        var old = data(list("?region=" + region + "&at=2026-06-01T12:00:00Z")).get(0);
        assertThat(old.getInt("version")).isEqualTo(1);
        assertThat(rate(old)).isEqualTo("0.20000");
        assertThat(old.getString("valid_to")).isEqualTo(changedAt);
        assertThat(list("?region=" + region + "&at=2025-06-01T00:00:00Z").getJsonArray("data"))
                .as("before the product was sold")
                .isEmpty();

        SyncRunsOverHttp.run();
        assertThat(data(list("?region=" + region)).get(0).getInt("version"))
                .as("an unchanged product makes no new version")
                .isEqualTo(2);
    }

    @Test
    void aProductBillingNoLongerSellsEndsButStaysReadableAtAnEarlierTime() {
        String region = ownRegion();
        String id = SandboxBilling.sellFlatProduct(region + "-1", region, "EXPORT", "0.15");
        SyncRunsOverHttp.run();
        assertThat(ids(list("?region=" + region))).containsExactly(id);

        SandboxBilling.withdrawProduct(id);
        SyncRunsOverHttp.run();

        assertThat(ids(list("?region=" + region))).isEmpty();
        var gone = get("/api/v1/tariff-products/" + id, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(SandboxFlatPeak.json(gone.body()).getString("code"))
                .isEqualTo("product_not_found");
        var earlier = get("/api/v1/tariff-products/" + id + "?at=2026-06-01T00:00:00Z", null);
        assertThat(earlier.statusCode()).isEqualTo(200);
        assertThat(SandboxFlatPeak.json(earlier.body()).get("valid_to"))
                .isNotEqualTo(JsonValue.NULL);
    }

    @Test
    void aBadFilterAnswersA400ProblemNamingIt() {
        String[][] cases = {
            {"?region=%3Cscript%3E", "invalid_region"},
            {"?direction=SIDEWAYS", "invalid_direction"},
            {"?at=yesterday", "invalid_at"},
            {"?at=+12026-01-01T00:00:00Z", "invalid_at"},
            {"?limit=0", "invalid_limit"},
            {"?limit=201", "invalid_limit"},
            {"?limit=ten", "invalid_limit"},
            {"?starting_after=%20", "invalid_starting_after"},
        };
        for (String[] c : cases) {
            var response = get("/api/v1/tariff-products" + c[0], null);

            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json");
            assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                    .as(c[0])
                    .isEqualTo(c[1]);
        }
        assertThat(get("/api/v1/tariff-products/BRT-EVN-C?at=soon", null).statusCode())
                .isEqualTo(400);
    }
}
