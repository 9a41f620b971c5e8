package com.tariffbridge.testsupport;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Drives the sandbox billing system over HTTP. Its outage, latency and cut-off knobs affect every
 * test on the shared server: a test that turns one on turns it off again in a finally block
 * or @AfterEach.
 */
public final class SandboxBilling {

    private SandboxBilling() {}

    public static JsonObject reprice(String supplyPoint, String factor) {
        return expect(
                post("/sandbox/billing/supply-points/" + supplyPoint + "/reprice?factor=" + factor),
                200);
    }

    public static JsonObject renew(String supplyPoint) {
        return expect(post("/sandbox/billing/supply-points/" + supplyPoint + "/renew"), 200);
    }

    public static void outage(int seconds) {
        expect(post("/sandbox/billing/outage?seconds=" + seconds), 200);
    }

    public static void latency(int millis) {
        expect(post("/sandbox/billing/latency?millis=" + millis), 200);
    }

    /** Every JSON answer of billing cut off halfway, until {@link #healthy()}. */
    public static void cutOff() {
        expect(post("/sandbox/billing/cut-off"), 200);
    }

    /**
     * A product the sandbox billing now sells: a flat electricity tariff at {@code price} per kWh
     * in one region, valid from 1 Jan 2026; answers its id.
     */
    public static String sellFlatProduct(String id, String region, String direction, String price) {
        String product =
                "{\"product_id\":\""
                        + id
                        + "\",\"display_name\":\"Test Flat "
                        + id
                        + "\",\"regions\":[{\"code\":\""
                        + region
                        + "\",\"name\":\"Test region\"}],\"direction\":\""
                        + direction
                        + "\",\"fuel\":\"ELECTRICITY\",\"payment_method\":null,"
                        + "\"contract_length_months\":null,\"valid_from\":\"2026-01-01T00:00:00Z\","
                        + "\"valid_to\":null,\"tariff\":{\"type\":\"COMMODITY\",\"kind\":\"FIXED\","
                        + "\"timezone\":\"Europe/London\",\"currency\":\"GBP\",\"market_rates\":false,"
                        + "\"standing_charge\":0.4,\"schedule\":[{\"months\":[\"All\"],\"dates\":[],"
                        + "\"days_and_hours\":[{\"days\":[\"All\"],\"hours\":[{\"valid_from\":\"00:00:00\","
                        + "\"valid_to\":\"00:00:00\",\"rate\":[{\"fixed\":"
                        + price
                        + ",\"to_kwh\":null}]}]}]}]}}";
        expect(
                ItServer.send(
                        ItServer.request("/sandbox/billing/products")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(product))
                                .build()),
                201);
        return id;
    }

    /** The product's prices times {@code factor} from {@code validFrom} (RFC 3339). */
    public static JsonObject repriceProduct(String id, String factor, String validFrom) {
        return expect(
                post(
                        "/sandbox/billing/products/"
                                + id
                                + "/reprice?factor="
                                + factor
                                + "&valid_from="
                                + validFrom),
                200);
    }

    /** Billing stops selling the product. */
    public static void withdrawProduct(String id) {
        var response =
                ItServer.send(ItServer.request("/sandbox/billing/products/" + id).DELETE().build());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("withdraw answered " + response.statusCode());
        }
    }

    /** Ends any outage, latency and cut-off at once. */
    public static void healthy() {
        ItServer.send(ItServer.request("/sandbox/billing/outage").DELETE().build());
        ItServer.send(ItServer.request("/sandbox/billing/latency").DELETE().build());
        ItServer.send(ItServer.request("/sandbox/billing/cut-off").DELETE().build());
    }

    /**
     * N synthetic supply points with active grants; answers {@code batch}, {@code count}, {@code
     * first}.
     */
    public static JsonObject generate(int count) {
        return expect(post("/sandbox/billing/generate?count=" + count), 201);
    }

    public static HttpResponse<String> post(String path) {
        return ItServer.send(
                ItServer.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static JsonObject expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    "sandbox billing answered " + response.statusCode() + ": " + response.body());
        }
        return SandboxFlatPeak.json(response.body());
    }
}
