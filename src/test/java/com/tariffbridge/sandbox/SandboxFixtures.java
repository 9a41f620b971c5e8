package com.tariffbridge.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Request bodies as the provider's REST client sends them. */
final class SandboxFixtures {

    static final SandboxAccount ACME =
            new SandboxAccount(
                    SandboxAccount.ACME_ID,
                    "ACME EV Charging",
                    "http://localhost:9080/sandbox/acme-logo.svg",
                    "https://acme.example/privacy",
                    "https://acme.example/support",
                    "https://acme.example/terms");

    private SandboxFixtures() {}

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    static JsonObject authCaptureBody(String accessToken) {
        return json(
                "{'auth_data':{'access_token':'"
                        + accessToken
                        + "','refresh_token':'rt_0123456789abcdef',"
                        + "'token_type':'Bearer','expires_at':'2025-06-02T10:00:00Z',"
                        + "'token_url':'http://localhost:9080/oauth/token','tariff_url':'http://localhost:9080/api/v1/tariff',"
                        + "'supply_point':'MPAN-1200023305961'},"
                        + "'postal_address':{'address_line1':'1-3','address_line2':'Strand','city':'London','state':null,"
                        + "'post_code':'WC2N 5EH','country_code':'GB'},"
                        + "'contract_term':{'start_date':'2023-01-01T00:00:00Z','end_date':null},"
                        + "'terms_url':'http://localhost:9080/terms/tariff-sharing-v1'}");
    }

    static SandboxDecision dismissLogin() {
        return SandboxDecision.dismissal(json("{'action':'DISMISS_LOGIN'}"));
    }

    static SandboxDecision dismissConsent() {
        return SandboxDecision.dismissal(json("{'action':'DISMISS_CONSENT'}"));
    }
}
