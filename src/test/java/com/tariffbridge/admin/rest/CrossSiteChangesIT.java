package com.tariffbridge.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.ContractsOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.MailServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A page on another site cannot make a staff member's browser change anything through {@code
 * /admin/api}, although the browser sends the Basic credentials it cached; scripts and this
 * server's own pages still can.
 */
class CrossSiteChangesIT {

    private static final String EVIL = "https://evil.example";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String FORM = "application/x-www-form-urlencoded";

    /** What a browser sends when another site's page posts a form here, credentials cached. */
    private static HttpRequest.Builder formPostFromAnotherSite(String path) {
        return ItServer.request(path)
                .header("Authorization", AdminApi.basic(AdminApi.USER, AdminApi.PASSWORD))
                .header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("x=1"));
    }

    private static HttpRequest.Builder staff(String path) {
        return ItServer.request(path)
                .header("Authorization", AdminApi.basic(AdminApi.USER, AdminApi.PASSWORD));
    }

    /** A staff POST with these headers (name, value, …) and body (none when null). */
    private static HttpResponse<String> staffPost(String path, String body, String... headers) {
        var request = staff(path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return AdminApi.send(
                request.POST(
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    @Test
    void aReminderRunPostedFromAnotherSiteIsRefusedAndQueuesNothing() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        // a contract ending seven days after the forged run's date: a real run would mail the
        // 7-day reminder
        LocalDate asOf = LocalDate.now(LONDON).plusYears(9);
        ContractsOverHttp.setTerm(
                customer.supplyPoint(),
                Instant.now().minus(Duration.ofDays(30)),
                asOf.plusDays(7).atStartOfDay(LONDON).toInstant());

        var answer =
                AdminApi.send(
                        formPostFromAnotherSite("/admin/api/reminder-runs?date=" + asOf).build());

        assertRefused(answer);
        var reminders = AdminApi.get("/admin/api/reminders?supply_point=" + customer.supplyPoint());
        assertThat(reminders.statusCode()).isEqualTo(200);
        assertThat(SandboxFlatPeak.json("{\"r\":" + reminders.body() + "}").getJsonArray("r"))
                .isEmpty();
        assertThat(MailServer.messagesTo(customer.email())).isEmpty();
    }

    @Test
    void eitherBrowserHeaderAloneIsEnoughToRefuse() {
        long before = newestStaffSyncStart();

        var byOrigin =
                staffPost(
                        "/admin/api/sync-runs",
                        "{}",
                        "Origin",
                        EVIL,
                        "Content-Type",
                        "application/json");
        var byFetchSite =
                staffPost(
                        "/admin/api/sync-runs",
                        null,
                        "Sec-Fetch-Site",
                        "cross-site",
                        "X-Requested-By",
                        "script");
        var opaqueOrigin =
                staffPost(
                        "/admin/api/sync-runs", null, "Origin", "null", "X-Requested-By", "script");

        assertRefused(byOrigin);
        assertRefused(byFetchSite);
        assertRefused(opaqueOrigin);
        assertThat(newestStaffSyncStart()).isEqualTo(before);
    }

    @Test
    void aChangeWithNeitherJsonNorTheCustomHeaderIsRefused() {
        long before = newestStaffSyncStart();

        // an old browser that sends no Origin: only the missing header tells a form from a script
        var form = staffPost("/admin/api/sync-runs", "x=1", "Content-Type", FORM);
        var bare = staffPost("/admin/api/reminder-runs", null);

        assertRefused(form);
        assertThat(SandboxFlatPeak.json(form.body()).getString("detail"))
                .contains("X-Requested-By");
        assertRefused(bare);
        assertThat(newestStaffSyncStart()).isEqualTo(before);
    }

    @Test
    void scriptsAndThisServersOwnPagesStillChangeThings() {
        var script = staffPost("/admin/api/reminder-runs", null, "X-Requested-By", "ops-cron");
        var ownPage =
                staffPost(
                        "/admin/api/reminder-runs",
                        "{}",
                        "Origin",
                        ItServer.baseUrl(),
                        "Sec-Fetch-Site",
                        "same-origin",
                        "Content-Type",
                        "application/json");

        assertThat(script.statusCode()).as(script.body()).isEqualTo(200);
        assertThat(ownPage.statusCode()).as(ownPage.body()).isEqualTo(200);
        assertThat(SandboxFlatPeak.json(ownPage.body()).getString("as_of")).isNotBlank();
    }

    @Test
    void readsFromAnotherSiteAreStillAnswered() {
        // a read changes nothing, and without CORS the other site cannot see the answer
        var read =
                AdminApi.send(
                        staff("/admin/api/sync-runs/schedule")
                                .header("Origin", EVIL)
                                .header("Sec-Fetch-Site", "cross-site")
                                .GET()
                                .build());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void withoutCredentialsTheContainerStillAsksForThemFirst() {
        var anonymous =
                AdminApi.send(
                        ItServer.request("/admin/api/sync-runs")
                                .header("Origin", EVIL)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        var problem = SandboxFlatPeak.json(answer.body());
        assertThat(problem.getString("code")).isEqualTo("cross_site_request");
        assertThat(problem.getInt("status")).isEqualTo(403);
    }

    /** The id of the newest SYNC_RUN_STARTED audit event (staff starts only), 0 without one. */
    private static long newestStaffSyncStart() {
        var events =
                SandboxFlatPeak.json(
                        "{\"e\":"
                                + AdminApi.get(
                                                "/admin/api/audit-events?type=SYNC_RUN_STARTED&limit=1")
                                        .body()
                                + "}");
        var list = events.getJsonArray("e");
        return list.isEmpty() ? 0 : list.getJsonObject(0).getJsonNumber("id").longValue();
    }
}
