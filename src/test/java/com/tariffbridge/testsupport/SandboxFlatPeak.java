package com.tariffbridge.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Drives the sandbox FlatPeak over HTTP: mint connect tokens, read what it received, outages. */
public final class SandboxFlatPeak {

    private SandboxFlatPeak() {}

    /** Mints a fresh connect token; returns the sandbox's JSON answer. */
    public static JsonObject mintToken() {
        return mintToken("{}");
    }

    public static JsonObject mintToken(String jsonBody) {
        var response =
                send(
                        ItServer.request("/sandbox/flatpeak/connect/tokens")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                                .build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "sandbox did not mint a token: "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
        return json(response.body());
    }

    /** What the sandbox FlatPeak received for this token (status, auth_capture). */
    public static JsonObject received(String connectToken) {
        var response =
                send(
                        ItServer.request("/sandbox/flatpeak/connect/tokens/" + connectToken)
                                .GET()
                                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "sandbox does not know " + connectToken + ": " + response.statusCode());
        }
        return json(response.body());
    }

    /**
     * What the sandbox FlatPeak received once the decision reached it (status no longer PENDING),
     * waiting up to 30 s. Polls in the calling thread, so an {@link ItServer#against} of that
     * thread holds.
     */
    public static JsonObject awaitDecision(String connectToken) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> received(connectToken), r -> !"PENDING".equals(r.getString("status")));
    }

    public static void outage(Duration duration) {
        send(
                ItServer.request("/sandbox/flatpeak/outage?seconds=" + duration.toSeconds())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
    }

    public static void endOutage() {
        send(ItServer.request("/sandbox/flatpeak/outage").DELETE().build());
    }

    public static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return ItServer.send(request);
    }
}
