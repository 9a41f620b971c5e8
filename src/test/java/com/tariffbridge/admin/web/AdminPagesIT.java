package com.tariffbridge.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.StaffOverHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin pages over HTTP: forged posts change nothing, odd page numbers and hostile filters are
 * harmless.
 */
class AdminPagesIT {

    @Test
    void aRevokePostWithoutTheFormsViewStateChangesNothing() {
        var customer = DemoCustomersOverHttp.create();
        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        var staff = StaffOverHttp.signedInAdmin();
        var list = staff.get("/admin/connections.xhtml?q=" + customer.supplyPoint());
        var grant = Pattern.compile("revoke.xhtml\\?grant=(\\d+)").matcher(list.body());
        assertThat(grant.find()).isTrue();
        staff.get("/admin/revoke.xhtml?grant=" + grant.group(1));

        for (String forged :
                new String[] {null, "1:2", "-4816895958694871027:5069804788800877332"}) {
            var form = new LinkedHashMap<String, String>();
            form.put("revoke", "revoke");
            form.put("revoke:reason", "forged by another site");
            form.put("revoke:confirm", "Revoke connection");
            if (forged != null) {
                form.put("jakarta.faces.ViewState", forged);
            }
            var answer = staff.post("/admin/revoke.xhtml?grant=" + grant.group(1), form);
            assertThat(answer.statusCode()).isIn(200, 302, 303);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at com.");
        }

        assertThat(FlatPeakPoller.pollWith(authData).statusCode()).isEqualTo(200);
        assertThat(staff.get("/admin/connections.xhtml?q=" + customer.supplyPoint()).body())
                .contains("ACTIVE")
                .doesNotContain("forged by another site");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "-1", "abc", "99999999999999999999", "2147483647", "1e3", "%27%3B--"})
    void anyPageNumberLandsOnARealPage(String page) {
        var staff = StaffOverHttp.signedInAdmin();
        for (String list :
                new String[] {
                    "/admin/audit.xhtml", "/admin/sessions.xhtml", "/admin/connections.xhtml"
                }) {
            var answer = staff.get(list + "?page=" + page);

            assertThat(answer.statusCode()).as(list).isEqualTo(200);
            var summary = Pattern.compile("page (\\d+) of (\\d+)").matcher(answer.body());
            assertThat(summary.find()).as(list).isTrue();
            int shown = Integer.parseInt(summary.group(1));
            assertThat(shown).isBetween(1, Integer.parseInt(summary.group(2)));
        }
    }

    @Test
    void theLastPageIsShownForAPageBeyondTheEnd() {
        var staff = StaffOverHttp.signedInAdmin();

        var answer = staff.get("/admin/audit.xhtml?page=2147483647");

        var summary = Pattern.compile("page (\\d+) of (\\d+)").matcher(answer.body());
        assertThat(summary.find()).isTrue();
        assertThat(summary.group(1)).isEqualTo(summary.group(2));
    }

    @Test
    void hostileFilterInputIsShownAsTextAndMatchesNothing() {
        var staff = StaffOverHttp.signedInAdmin();
        String script = "<script>alert(1)</script>";

        var audit =
                staff.get(
                        "/admin/audit.xhtml?type="
                                + enc("' OR 1=1 --")
                                + "&actor="
                                + enc(script)
                                + "&subject="
                                + enc("x%_\\")
                                + "&from="
                                + enc("2026-13-45")
                                + "&to="
                                + enc("yesterday"));
        var sessions =
                staff.get(
                        "/admin/sessions.xhtml?outcome="
                                + enc("CONSENTED' OR '1'='1")
                                + "&sp="
                                + enc(script)
                                + "&from="
                                + enc("9999-99-99"));
        var connections = staff.get("/admin/connections.xhtml?q=" + enc("%") + "&page=1");

        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body())
                .doesNotContain(script)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Dates look like 2026-11-27")
                .contains("0 events");
        assertThat(sessions.statusCode()).isEqualTo(200);
        assertThat(sessions.body())
                .doesNotContain(script)
                .contains("Unknown outcome")
                .contains("0 sessions");
        assertThat(connections.statusCode()).isEqualTo(200);
        assertThat(connections.body()).contains("0 connections");
        var csv = staff.post("/admin/audit.csv", Map.of("actor", script));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("id,occurred_at,type,actor,subject,detail\r\n");
    }

    @Test
    void theCsvExportIsAPostAndAGetExportsAndAuditsNothing() {
        var staff = StaffOverHttp.signedInAdmin();
        long before = newestAuditExport();

        var get = staff.get("/admin/audit.csv?type=STAFF_SIGNED_IN");

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.body()).doesNotContain("id,occurred_at");
        assertThat(newestAuditExport()).isEqualTo(before);

        var post =
                staff.post(
                        "/admin/audit.csv",
                        Map.of("type", "STAFF_SIGNED_IN"),
                        Map.of("Origin", ItServer.baseUrl(), "Sec-Fetch-Site", "same-origin"));

        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).startsWith("id,occurred_at,type,actor,subject,detail\r\n");
        assertThat(newestAuditExport()).isGreaterThan(before);
    }

    @Test
    void aCsvExportPostedFromAnotherSiteIsRefusedAndNotAudited() {
        var staff = StaffOverHttp.signedInAdmin();
        long before = newestAuditExport();

        var byOrigin =
                staff.post(
                        "/admin/audit.csv",
                        Map.of("type", "STAFF_SIGNED_IN"),
                        Map.of("Origin", "https://evil.example"));
        var byFetchSite =
                staff.post(
                        "/admin/audit.csv",
                        Map.of("type", "STAFF_SIGNED_IN"),
                        Map.of("Sec-Fetch-Site", "cross-site"));

        for (var answer : List.of(byOrigin, byFetchSite)) {
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(SandboxFlatPeak.json(answer.body()).getString("code"))
                    .isEqualTo("cross_site_request");
            assertThat(answer.body()).doesNotContain("id,occurred_at");
        }
        assertThat(newestAuditExport()).isEqualTo(before);
    }

    /** The id of the newest AUDIT_EXPORTED event, 0 without one. */
    private static long newestAuditExport() {
        var events =
                SandboxFlatPeak.json(
                                "{\"e\":"
                                        + AdminApi.get(
                                                        "/admin/api/audit-events?type=AUDIT_EXPORTED&limit=1")
                                                .body()
                                        + "}")
                        .getJsonArray("e");
        return events.isEmpty() ? 0 : events.getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void anUnknownOrMalformedSessionOrConnectionIsAFriendlyPage() {
        var staff = StaffOverHttp.signedInAdmin();
        for (String path :
                new String[] {
                    "/admin/session.xhtml?id=999999999",
                    "/admin/session.xhtml?id=abc",
                    "/admin/session.xhtml",
                    "/admin/revoke.xhtml?grant=-1",
                    "/admin/revoke.xhtml?grant=%3Cx%3E"
                }) {
            var answer = staff.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body())
                    .as(path)
                    .containsAnyOf("No such connect session", "Nothing to revoke");
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
