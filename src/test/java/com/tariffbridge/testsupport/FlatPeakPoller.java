package com.tariffbridge.testsupport;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls our API as FlatPeak would: tariff polls with a Bearer token, token calls with Basic auth.
 */
public final class FlatPeakPoller {

    public static final String CLIENT_ID = "sandbox-client";
    public static final String CLIENT_SECRET = "sandbox-secret";

    private FlatPeakPoller() {}

    public static HttpResponse<String> poll(
            String tariffUrl, String authorization, String ifNoneMatch) {
        var request =
                HttpRequest.newBuilder(URI.create(tariffUrl)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.build());
    }

    public static HttpResponse<String> pollWith(String tariffUrl, String accessToken) {
        return poll(tariffUrl, "Bearer " + accessToken, null);
    }

    /** Polls the tariff URL of the {@code auth_data} we submitted, with its access token. */
    public static HttpResponse<String> pollWith(JsonObject authData) {
        return pollWith(authData.getString("tariff_url"), authData.getString("access_token"));
    }

    public static HttpResponse<String> tokenCall(
            String path, String authorization, String formBody) {
        var request =
                ItServer.request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public static HttpResponse<String> refresh(String refreshToken) {
        return tokenCall(
                "/oauth/token",
                basic(CLIENT_ID, CLIENT_SECRET),
                form(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)));
    }

    public static HttpResponse<String> revoke(String token) {
        return tokenCall(
                "/oauth/revoke", basic(CLIENT_ID, CLIENT_SECRET), form(Map.of("token", token)));
    }

    public static String basic(String id, String secret) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return ItServer.send(request);
    }
}
