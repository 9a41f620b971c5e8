package com.tariffbridge.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Staff read the audit log over {@code /admin/api/audit-events}; nobody else can. */
class AuditEventsApiIT {

    @Test
    void aConsentShowsUpInTheAuditLogForStaff() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());

        HttpResponse<String> response = AdminApi.get("/admin/api/audit-events?limit=50");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonArray events =
                SandboxFlatPeak.json("{\"e\":" + response.body() + "}").getJsonArray("e");
        assertThat(events.getValuesAs(JsonObject.class))
                .anySatisfy(
                        event -> {
                            assertThat(event.getString("type")).isEqualTo("CONSENT_GIVEN");
                            assertThat(event.getString("actor")).startsWith("customer:");
                            assertThat(event.getString("detail"))
                                    .contains("supply_point=" + customer.supplyPoint());
                        });
    }

    @Test
    void withoutCredentialsTheAuditLogIsClosed() {
        var response = AdminApi.send(ItServer.request("/admin/api/audit-events").GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("CONSENT_GIVEN");
    }

    @Test
    void aWrongStaffPasswordIsRefused() {
        var response =
                AdminApi.send(
                        ItServer.request("/admin/api/audit-events")
                                .header(
                                        "Authorization",
                                        AdminApi.basic("admin", "not-the-password"))
                                .GET()
                                .build());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aCustomerPasswordIsNoStaffPassword() {
        var response =
                AdminApi.send(
                        ItServer.request("/admin/api/audit-events")
                                .header(
                                        "Authorization",
                                        AdminApi.basic("alice@example.com", "alice-demo-pass"))
                                .GET()
                                .build());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1001", "ten", "1e3", "%27%20or%201%3D1"})
    void anUnusableLimitIsABadRequestWithAProblem(String limit) {
        var response = AdminApi.get("/admin/api/audit-events?limit=" + limit);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("invalid_limit");
    }

    @Test
    void aRegistryUserWithoutTheAdminRoleGetsAForbiddenProblem() {
        var response =
                AdminApi.send(
                        ItServer.request("/admin/api/audit-events")
                                .header(
                                        "Authorization",
                                        AdminApi.basic("auditor", "auditor-test-pass"))
                                .GET()
                                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(SandboxFlatPeak.json(response.body()).getString("code")).isEqualTo("forbidden");
    }

    @Test
    void aMissingPasswordIsAChallengeWithAProblemNotAnHtmlPage() {
        var response = AdminApi.send(ItServer.request("/admin/api/audit-events").GET().build());

        assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Basic realm=");
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("unauthorized");
    }

    @Test
    void eventsFilterBySubjectAndType() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        var consent =
                SandboxFlatPeak.json(
                                "{\"e\":"
                                        + AdminApi.get(
                                                        "/admin/api/audit-events?type=consent_given&limit=1")
                                                .body()
                                        + "}")
                        .getJsonArray("e")
                        .getJsonObject(0);
        String subject = consent.getString("subject");

        var response = AdminApi.get("/admin/api/audit-events?subject=" + subject);

        JsonArray events =
                SandboxFlatPeak.json("{\"e\":" + response.body() + "}").getJsonArray("e");
        assertThat(events.getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getString("subject")).isEqualTo(subject))
                .extracting(event -> event.getString("type"))
                .contains("CONNECT_STARTED", "CONNECT_SIGNED_IN", "CONSENT_GIVEN");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "2026-13-01T00:00:00Z",
                "%3Cscript%3E",
                "%2B999999999-12-30T00:00:00Z",
                "-999999999-01-01T00:00:00Z"
            })
    void anUnusableSinceIsABadRequestWithAProblem(String since) {
        var response = AdminApi.get("/admin/api/audit-events?since=" + since);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("invalid_since");
    }

    @Test
    void everyTokenEventOfAGrantIsInItsAuditTrail() throws InterruptedException {
        var customer = DemoCustomersOverHttp.create();
        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        var rotated =
                SandboxFlatPeak.json(
                        FlatPeakPoller.refresh(authData.getString("refresh_token")).body());
        FlatPeakPoller.revoke(rotated.getString("access_token"));
        Thread.sleep(
                2_500); // past the test server's refresh grace window (token.refresh.grace = PT2S)
        FlatPeakPoller.refresh(authData.getString("refresh_token"));
        var consents = AdminApi.get("/admin/api/audit-events?type=CONSENT_GIVEN&limit=50").body();
        var grant =
                java.util.regex.Pattern.compile(
                                "supply_point="
                                        + customer.supplyPoint()
                                        + " terms=[^ ]+ grant=(\\d+)")
                        .matcher(consents);
        assertThat(grant.find()).isTrue();

        var trail =
                SandboxFlatPeak.json(
                                "{\"e\":"
                                        + AdminApi.get(
                                                        "/admin/api/audit-events?subject=grant:"
                                                                + grant.group(1))
                                                .body()
                                        + "}")
                        .getJsonArray("e");

        assertThat(trail.getValuesAs(JsonObject.class))
                .extracting(event -> event.getString("type"))
                .containsExactly(
                        "REFRESH_TOKEN_REUSE",
                        "GRANT_REVOKED",
                        "ACCESS_TOKEN_REVOKED",
                        "TOKEN_REFRESHED",
                        "GRANT_ISSUED");
    }
}
