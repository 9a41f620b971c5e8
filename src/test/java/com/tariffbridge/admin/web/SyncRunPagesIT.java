package com.tariffbridge.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.SandboxBilling;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.StaffOverHttp;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sync run pages over HTTP: forged "Run now" posts start nothing, odd input is a friendly page.
 */
class SyncRunPagesIT {

    @Test
    void aRunNowPostWithoutTheFormsViewStateStartsNothing() {
        SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start());
        var staff = StaffOverHttp.signedInAdmin();
        var other = StaffOverHttp.signedInAdmin();
        String othersViewState = StaffOverHttp.viewState(other.get("/admin/sync-runs.xhtml"));
        staff.get("/admin/sync-runs.xhtml");
        long newestBefore = newestRunId();
        String lastStartBefore = lastStartEvent();

        for (String forged :
                new String[] {
                    null, "1:2", "-4816895958694871027:5069804788800877332", othersViewState
                }) {
            var answer = staff.post("/admin/sync-runs.xhtml", runNowForm(forged));
            assertThat(answer.statusCode()).isIn(200, 302, 303);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at com.");
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .doesNotContain("sync-run.xhtml");
        }

        assertThat(newestRunId()).isEqualTo(newestBefore);
        assertThat(lastStartEvent()).isEqualTo(lastStartBefore);
    }

    @Test
    void clicksOnRunNowInQuickSuccessionEachLandOnARunAndEveryStartIsAudited() {
        SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start());
        var staff = StaffOverHttp.signedInAdmin();
        String viewState = StaffOverHttp.viewState(staff.get("/admin/sync-runs.xhtml"));

        List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clicks.add(
                    CompletableFuture.supplyAsync(
                            () -> staff.post("/admin/sync-runs.xhtml", runNowForm(viewState))));
        }
        List<String> locations =
                clicks.stream()
                        .map(CompletableFuture::join)
                        .map(
                                answer -> {
                                    assertThat(answer.statusCode())
                                            .as(answer.body())
                                            .isEqualTo(302);
                                    return answer.headers().firstValue("Location").orElseThrow();
                                })
                        .toList();

        // a click after a (fast) run ended may start the next one; one racing another's insert is
        // told
        // so on the list; never an error, never two at once
        assertThat(locations)
                .allSatisfy(
                        l ->
                                assertThat(l)
                                        .matches(
                                                ".*/admin/sync-run\\.xhtml\\?.*id=\\d+.*|.*/admin/sync-runs\\.xhtml\\?busy=1"));
        for (String location : locations) {
            var uri = java.net.URI.create(location);
            var shown = staff.get(uri.getPath() + "?" + uri.getQuery());
            assertThat(shown.statusCode()).isEqualTo(200);
            if (location.contains("sync-runs.xhtml")) {
                assertThat(shown.body()).contains("Another run was being started");
            } else if (location.contains("busy=1")) {
                assertThat(shown.body())
                        .contains("This run was still going, so no other was started");
            }
        }
        var started =
                locations.stream()
                        .filter(l -> !l.contains("busy=1"))
                        .map(SyncRunPagesIT::idIn)
                        .toList();
        assertThat(started).isNotEmpty().doesNotHaveDuplicates();
        for (String id : started) {
            var events =
                    SandboxFlatPeak.json(
                                    "{\"e\":"
                                            + AdminApi.get(
                                                            "/admin/api/audit-events?type=SYNC_RUN_STARTED&subject=sync-run:"
                                                                    + id)
                                                    .body()
                                            + "}")
                            .getJsonArray("e");
            assertThat(events).hasSize(1);
            assertThat(events.getJsonObject(0).getString("actor")).isEqualTo("staff:admin");
        }
        String last = started.get(started.size() - 1);
        var run = SyncRunsOverHttp.awaitEnd(Long.parseLong(last));
        var page = staff.get("/admin/sync-run.xhtml?id=" + last);
        assertThat(page.body())
                .contains(run.getString("status"))
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void whileARunIsGoingItsPageShowsProgressAndReloadsItselfUntilTheEnd() {
        var customer = DemoCustomersOverHttp.create();
        ConsentOverHttp.authDataFor(customer.email(), customer.password());
        SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start());
        var staff = StaffOverHttp.signedInAdmin();
        String viewState = StaffOverHttp.viewState(staff.get("/admin/sync-runs.xhtml"));
        HttpResponse<String> during;
        HttpResponse<String> list;
        String id;
        try {
            // billing answers each page after a second (inside the client's timeout): the run takes
            // a while
            SandboxBilling.latency(1000);
            var click = staff.post("/admin/sync-runs.xhtml", runNowForm(viewState));
            id = idIn(click.headers().firstValue("Location").orElseThrow());
            during = staff.get("/admin/sync-run.xhtml?id=" + id);
            list = staff.get("/admin/sync-runs.xhtml");
        } finally {
            SandboxBilling.healthy();
        }

        assertThat(during.body())
                .contains("<meta http-equiv=\"refresh\" content=\"3\"")
                .contains("id=\"status\">RUNNING")
                .contains("<progress id=\"progress\"")
                .contains("refreshes every 3 seconds");
        assertThat(list.body())
                .contains("<meta http-equiv=\"refresh\" content=\"5\"")
                .contains("A run is going");
        SyncRunsOverHttp.awaitEnd(Long.parseLong(id));
        var after = staff.get("/admin/sync-run.xhtml?id=" + id);
        assertThat(after.body())
                .doesNotContain("http-equiv=\"refresh\"")
                .doesNotContain("id=\"status\">RUNNING");
        assertThat(staff.get("/admin/sync-runs.xhtml").body())
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "-1", "abc", "99999999999999999999", "2147483647", "1e3", "%27%3B--"})
    void anyPageNumberLandsOnARealPage(String page) {
        var staff = StaffOverHttp.signedInAdmin();

        var answer = staff.get("/admin/sync-runs.xhtml?page=" + page);

        assertThat(answer.statusCode()).isEqualTo(200);
        var summary = Pattern.compile("page (\\d+) of (\\d+)").matcher(answer.body());
        assertThat(summary.find()).isTrue();
        assertThat(Integer.parseInt(summary.group(1)))
                .isBetween(1, Integer.parseInt(summary.group(2)));
    }

    @Test
    void hostileFilterInputIsShownAsTextAndFallsBackToAllRuns() {
        SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start());
        var staff = StaffOverHttp.signedInAdmin();
        String script = "<script>alert(1)</script>";

        var hostile =
                staff.get(
                        "/admin/sync-runs.xhtml?status="
                                + enc("FINISHED' OR '1'='1")
                                + "&page="
                                + enc(script));
        var all = staff.get("/admin/sync-runs.xhtml");
        var failedOnly = staff.get("/admin/sync-runs.xhtml?status=FAILED");

        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain(script).contains("Unknown status");
        assertThat(summaryOf(hostile)).isEqualTo(summaryOf(all));
        assertThat(failedOnly.body()).doesNotContain("Unknown status");
        Pattern finishedRow = Pattern.compile("<span class=\"pill\">(RUNNING|FINISHED)</span>");
        assertThat(finishedRow.matcher(failedOnly.body()).find()).isFalse();
        assertThat(finishedRow.matcher(all.body()).find()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"987654321", "abc", "-1", "0", "99999999999999999999", "%3Cscript%3E", ""})
    void anUnknownOrMalformedRunIsAFriendlyPage(String id) {
        var staff = StaffOverHttp.signedInAdmin();

        var answer = staff.get("/admin/sync-run.xhtml?id=" + id);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("No such sync run").doesNotContain("<script>");
    }

    private static String idIn(String location) {
        var id = Pattern.compile("[?&]id=(\\d+)").matcher(location);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static Map<String, String> runNowForm(String viewState) {
        var form = new LinkedHashMap<String, String>();
        form.put("runNow", "runNow");
        form.put("runNow:go", "Run now");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    private static long newestRunId() {
        return SandboxFlatPeak.json(AdminApi.get("/admin/api/sync-runs?limit=1").body())
                .getJsonArray("runs")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static String lastStartEvent() {
        return AdminApi.get("/admin/api/audit-events?type=SYNC_RUN_STARTED&limit=1").body();
    }

    private static String summaryOf(HttpResponse<String> page) {
        var summary = Pattern.compile("(\\d+) runs · page").matcher(page.body());
        assertThat(summary.find()).isTrue();
        return summary.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
