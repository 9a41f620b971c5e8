package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plays FlatPeak's poller for a captured connection: polls {@code tariff_url} with the captured
 * access token and renews the pair at {@code token_url}, over HTTP like the real FlatPeak, so a
 * demo shows both halves of the integration end to end.
 */
@ApplicationScoped
public class SandboxPoller {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE HH:mm");

    @Inject SandboxConnectTokens tokens;

    @Inject
    @ConfigProperty(name = "flatpeak.client.id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "flatpeak.client.secret")
    Optional<String> clientSecret;

    /** One row of the "next 24 hours" table. */
    public record RateRow(String from, String to, String rate) {}

    /** What a call answered: status, the JSON as text, and for a tariff the next 24 h of rates. */
    public record CallResult(String action, int status, String body, List<RateRow> next24h) {}

    public CallResult poll(String connectToken) {
        var authData = authData(connectToken);
        var response =
                send(
                        HttpRequest.newBuilder(URI.create(authData.getString("tariff_url")))
                                .header(
                                        "Authorization",
                                        "Bearer " + authData.getString("access_token"))
                                .GET());
        return new CallResult(
                "GET tariff_url",
                response.statusCode(),
                response.body(),
                response.statusCode() == 200 ? next24h(response.body()) : List.of());
    }

    public CallResult refresh(String connectToken) {
        var authData = authData(connectToken);
        String form =
                "grant_type=refresh_token&refresh_token="
                        + URLEncoder.encode(
                                authData.getString("refresh_token"), StandardCharsets.UTF_8);
        var response =
                send(
                        HttpRequest.newBuilder(URI.create(authData.getString("token_url")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (clientId.orElse("")
                                                                                + ":"
                                                                                + clientSecret
                                                                                        .orElse(""))
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8)))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String shown = response.body();
        if (response.statusCode() == 200) {
            var json = parse(response.body());
            tokens.renewCredentials(
                    connectToken,
                    json.getString("access_token"),
                    json.getString("refresh_token"),
                    json.getString("expires_at"));
            // Show the answer as FlatPeak stores it, with the secrets shortened.
            shown =
                    Json.createObjectBuilder(json)
                            .add("access_token", hint(json.getString("access_token")))
                            .add("refresh_token", hint(json.getString("refresh_token")))
                            .build()
                            .toString();
        }
        return new CallResult("POST token_url", response.statusCode(), shown, List.of());
    }

    private JsonObject authData(String connectToken) {
        var capture =
                tokens.find(connectToken)
                        .map(SandboxConnectToken::authCapture)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "no captured connection for this token"));
        return capture.getJsonObject("auth_data");
    }

    private static List<RateRow> next24h(String body) {
        var json = parse(body);
        ZoneId zone = ZoneId.of(json.getString("timezone"));
        Instant until = Instant.now().plus(Duration.ofHours(24));
        List<RateRow> rows = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("rates")) {
            JsonObject period = value.asJsonObject();
            Instant from = Instant.parse(period.getString("valid_from"));
            if (!from.isBefore(until)) {
                break;
            }
            rows.add(
                    new RateRow(
                            SHOWN.format(from.atZone(zone)),
                            SHOWN.format(Instant.parse(period.getString("valid_to")).atZone(zone)),
                            period.getJsonNumber("rate").bigDecimalValue().toPlainString()
                                    + " "
                                    + json.getString("currency")));
        }
        return rows;
    }

    private static String hint(String token) {
        return token.length() <= 8 ? token : token.substring(0, 8) + "…";
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("our API could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
