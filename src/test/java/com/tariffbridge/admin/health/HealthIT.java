package com.tariffbridge.admin.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What an orchestrator and an ops person see at /health while things fail and recover. */
class HealthIT {

    @Test
    void readinessNamesTheDatabaseAndFlatPeakAndIsUpWhileBothAnswer() {
        var ready = awaitReadiness(200);
        assertThat(check(ready, "database").getString("status")).isEqualTo("UP");
        var flatPeak = check(ready, "flatpeak-api");
        assertThat(flatPeak.getString("status")).isEqualTo("UP");
        assertThat(flatPeak.getJsonObject("data").getBoolean("reachable")).isTrue();
    }

    @Test
    void aFlatPeakOutageIsReportedButKeepsTheServerInTheBalancerForPollsAndRefreshes() {
        try {
            SandboxFlatPeak.outage(Duration.ofSeconds(120));
            var during = awaitFlatPeakReachable(false);
            var flatPeak = check(during, "flatpeak-api");
            assertThat(flatPeak.getString("status")).isEqualTo("UP");
            assertThat(flatPeak.getJsonObject("data").getString("reason"))
                    .contains("FlatPeak answered 503");
            assertThat(during.getString("status")).isEqualTo("UP");
        } finally {
            SandboxFlatPeak.endOutage();
        }
        assertThat(check(awaitFlatPeakReachable(true), "flatpeak-api").getString("status"))
                .isEqualTo("UP");
    }

    @Test
    void livenessIsUpWithThePoolWatchedAndStartupReportsTheMigratedSchema() {
        var live = ItServer.send(ItServer.request("/health/live").GET().build());
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(check(SandboxFlatPeak.json(live.body()), "threads").getString("status"))
                .isEqualTo("UP");
        // the pool check reads Liberty's pool statistics: a server running has connections
        var pool = check(SandboxFlatPeak.json(live.body()), "database-pool");
        assertThat(pool.getString("status")).isEqualTo("UP");
        assertThat(pool.getJsonObject("data").containsKey("reason")).isFalse();
        assertThat(pool.getJsonObject("data").getJsonNumber("managed").longValue()).isPositive();

        var started = ItServer.send(ItServer.request("/health/started").GET().build());
        assertThat(started.statusCode()).isEqualTo(200);
        var schema = check(SandboxFlatPeak.json(started.body()), "schema");
        assertThat(schema.getString("status")).isEqualTo("UP");
        assertThat(schema.getJsonObject("data").getString("version")).matches("\\d+");
    }

    /**
     * Readiness is probed in the background, so the answer follows a change within a few seconds.
     */
    private static JsonObject awaitReadiness(int status) {
        HttpResponse<String>[] last = new HttpResponse[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            last[0] =
                                    ItServer.send(ItServer.request("/health/ready").GET().build());
                            return last[0].statusCode() == status;
                        });
        return SandboxFlatPeak.json(last[0].body());
    }

    private static JsonObject awaitFlatPeakReachable(boolean reachable) {
        JsonObject[] last = new JsonObject[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            var answer =
                                    ItServer.send(ItServer.request("/health/ready").GET().build());
                            last[0] = SandboxFlatPeak.json(answer.body());
                            return answer.statusCode() == 200
                                    && check(last[0], "flatpeak-api")
                                                    .getJsonObject("data")
                                                    .getBoolean("reachable")
                                            == reachable;
                        });
        return last[0];
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }
}
