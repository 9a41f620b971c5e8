package com.tariffbridge.sandbox.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxBilling;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox billing system answers its API only with the key, and its knobs refuse nonsense
 * precisely.
 */
class SandboxBillingIT {

    private static final String KEY = "Bearer sandbox-billing-key";

    @Test
    void alicesSupplyPointIsKnownToBillingWithHerTermAndAddress() {
        var response =
                ItServer.send(
                        ItServer.request("/sandbox/billing/supply-points/SP-1000-0001")
                                .header("Authorization", KEY)
                                .GET()
                                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        var record = SandboxFlatPeak.json(response.body());
        assertThat(record.getJsonObject("contract").getString("term_type")).isEqualTo("FIXED_TERM");
        assertThat(record.getJsonObject("postal_address").getString("post_code"))
                .isEqualTo("WC2N 5EH");
        assertThat(record.getJsonArray("tariffs").getJsonObject(0).getString("display_name"))
                .isEqualTo("EV Night Saver");
    }

    @Test
    void aLookupAnswersKnownAndMissingReferences() {
        var response =
                ItServer.send(
                        ItServer.request("/sandbox/billing/supply-points/lookup")
                                .header("Authorization", KEY)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"references\":[\"SP-2000-0001\",\"SP-NOPE\"]}"))
                                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        var body = SandboxFlatPeak.json(response.body());
        assertThat(body.getJsonArray("data")).hasSize(1);
        assertThat(body.getJsonArray("missing").getString(0)).isEqualTo("SP-NOPE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "{}", "{\"references\":[]}", "{\"references\":[1]}", "not json", "[]"})
    void aMalformedLookupIsA400WithACode(String body) {
        var response =
                ItServer.send(
                        ItServer.request("/sandbox/billing/supply-points/lookup")
                                .header("Authorization", KEY)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("invalid_request");
    }

    @Test
    void withoutTheApiKeyBillingAnswers401() {
        var response =
                ItServer.send(
                        ItServer.request("/sandbox/billing/supply-points/SP-1000-0001")
                                .header("Authorization", "Bearer wrong")
                                .GET()
                                .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Strand");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "11", ""})
    void aRepriceFactorOutOfRangeIsRefused(String factor) {
        var response =
                SandboxBilling.post(
                        "/sandbox/billing/supply-points/SP-1000-0001/reprice?factor=" + factor);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("invalid_factor");
    }

    @Test
    void knobsOnAnUnknownSupplyPointAre404() {
        assertThat(SandboxBilling.post("/sandbox/billing/supply-points/SP-NOPE/renew").statusCode())
                .isEqualTo(404);
        assertThat(
                        SandboxBilling.post(
                                        "/sandbox/billing/supply-points/SP-NOPE/reprice?factor=2")
                                .statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "outage?seconds=-1",
                "outage?seconds=x",
                "latency?millis=60001",
                "latency?millis=",
                "generate?count=0",
                "generate?count=200001",
                "bench/raw-rewrite?batch=zz"
            })
    void knobsRefuseNonsenseWith400(String knob) {
        var response = SandboxBilling.post("/sandbox/billing/" + knob);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code")).startsWith("invalid_");
    }
}
