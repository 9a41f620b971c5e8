package com.tariffbridge.testsupport;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * Starts tariff sync runs through the admin API and follows them, as an operator's script would.
 */
public final class SyncRunsOverHttp {

    private SyncRunsOverHttp() {}

    /** Starts a run (waiting for one that is still going to end first) and answers its id. */
    public static long start() {
        long[] id = new long[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            var response = AdminApi.post("/admin/api/sync-runs");
                            if (response.statusCode() == 202) {
                                id[0] =
                                        SandboxFlatPeak.json(response.body())
                                                .getJsonNumber("id")
                                                .longValue();
                                return true;
                            }
                            if (response.statusCode() != 409) {
                                throw new IllegalStateException(
                                        "sync run not started: "
                                                + response.statusCode()
                                                + " "
                                                + response.body());
                            }
                            return false;
                        });
        return id[0];
    }

    public static JsonObject view(long id) {
        var response = AdminApi.get("/admin/api/sync-runs/" + id);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "sync run " + id + ": " + response.statusCode() + " " + response.body());
        }
        return SandboxFlatPeak.json(response.body());
    }

    /** Waits until the run is no longer RUNNING and answers its final view. */
    public static JsonObject awaitEnd(long id) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(view(id).getString("status")));
        return view(id);
    }

    /** A whole run: start, wait for the end, answer the final view. */
    public static JsonObject run() {
        return awaitEnd(start());
    }

    /**
     * After a test made billing fail: runs until a run gets through (the circuit breaker may still
     * be open for a moment), so the next test starts with fresh snapshots.
     */
    public static void runUntilBillingAnswers() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            var run = run();
                            var causes = run.getJsonObject("failed_by_cause");
                            return causes.getInt("timeout")
                                            + causes.getInt("circuit_open")
                                            + causes.getInt("unavailable")
                                    == 0;
                        });
    }
}
