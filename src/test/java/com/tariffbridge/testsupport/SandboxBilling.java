package com.tariffbridge.testsupport;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Drives the sandbox billing system over HTTP. Its outage and latency knobs affect every test on
 * the shared server: a test that turns one on turns it off again in a finally block or @AfterEach.
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

    /** Ends any outage and any latency at once. */
    public static void healthy() {
        ItServer.send(ItServer.request("/sandbox/billing/outage").DELETE().build());
        ItServer.send(ItServer.request("/sandbox/billing/latency").DELETE().build());
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
