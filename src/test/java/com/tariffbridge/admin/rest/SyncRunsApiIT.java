package com.tariffbridge.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /admin/api/sync-runs}: staff start and follow runs; everything else gets a precise
 * refusal.
 */
class SyncRunsApiIT {

    @Test
    void aStartedRunAnswers202WithItsIdAndLocationAndEndsWithItsCounts() {
        var response = AdminApi.post("/admin/api/sync-runs");
        if (response.statusCode() == 409) {
            SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start());
            return;
        }
        assertThat(response.statusCode()).isEqualTo(202);
        long id = SandboxFlatPeak.json(response.body()).getJsonNumber("id").longValue();
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/admin/api/sync-runs/" + id);

        var run = SyncRunsOverHttp.awaitEnd(id);

        assertThat(run.getString("status")).isIn("FINISHED", "FAILED");
        assertThat(run.getString("trigger")).isEqualTo("admin");
        assertThat(run.getInt("checked")).isEqualTo(run.getInt("total"));
        assertThat(run.containsKey("changed")).isTrue();
        assertThat(run.getJsonObject("failed_by_cause").keySet())
                .containsExactlyInAnyOrder("timeout", "circuit_open", "unavailable", "rejected");
    }

    @Test
    void recentRunsAreListedNewestFirstInPages() {
        long older =
                SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start()).getJsonNumber("id").longValue();
        long newer =
                SyncRunsOverHttp.awaitEnd(SyncRunsOverHttp.start()).getJsonNumber("id").longValue();

        var first = SandboxFlatPeak.json(AdminApi.get("/admin/api/sync-runs?limit=1").body());
        long next = first.getJsonNumber("next_before").longValue();
        var second =
                SandboxFlatPeak.json(
                        AdminApi.get("/admin/api/sync-runs?limit=1&before=" + next).body());

        assertThat(first.getJsonArray("runs").getJsonObject(0).getJsonNumber("id").longValue())
                .isGreaterThanOrEqualTo(newer);
        assertThat(second.getJsonArray("runs").getJsonObject(0).getJsonNumber("id").longValue())
                .isLessThan(next);
        assertThat(newer).isGreaterThan(older);
    }

    @Test
    void theSyncTimerIsScheduledAtTheConfiguredInterval() {
        var response = AdminApi.get("/admin/api/sync-runs/schedule");

        assertThat(response.statusCode()).isEqualTo(200);
        var schedule = SandboxFlatPeak.json(response.body());
        assertThat(schedule.getString("interval")).isEqualTo("PT15M");
        assertThat(Instant.parse(schedule.getString("next_run")))
                .isAfter(Instant.now().minusSeconds(5))
                .isBefore(Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(5));
    }

    @Test
    void anUnknownRunIsA404Problem() {
        var response = AdminApi.get("/admin/api/sync-runs/987654321");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(SandboxFlatPeak.json(response.body()).getString("code"))
                .isEqualTo("sync_run_not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "1.5", "99999999999999999999", "%27%20or%201=1"})
    void aRunIdThatIsNoNumberIsA400Problem(String id) {
        var response = AdminApi.get("/admin/api/sync-runs/" + id);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code")).isEqualTo("invalid_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "before=abc", "before=-5"})
    void badListParametersAre400Problems(String query) {
        var response = AdminApi.get("/admin/api/sync-runs?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxFlatPeak.json(response.body()).getString("code")).startsWith("invalid_");
    }

    @Test
    void withoutStaffCredentialsNothingStartsAndNothingIsShown() {
        var start =
                AdminApi.send(
                        ItServer.request("/admin/api/sync-runs")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build());
        var list = AdminApi.send(ItServer.request("/admin/api/sync-runs").GET().build());
        var customer =
                AdminApi.send(
                        ItServer.request("/admin/api/sync-runs")
                                .header(
                                        "Authorization",
                                        AdminApi.basic("alice@example.com", "alice-demo-pass"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build());

        assertThat(start.statusCode()).isEqualTo(401);
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(customer.statusCode()).isEqualTo(401);
        assertThat(list.body()).doesNotContain("\"runs\"");
    }
}
