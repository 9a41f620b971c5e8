package com.tariffbridge.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;

/**
 * The sandbox's JSON, spelled as FlatPeak spells it ({@code live_mode} false: these are test
 * credentials).
 */
final class SandboxWire {

    private SandboxWire() {}

    /**
     * A request body as a JSON object; an empty body is an empty object when the body is optional.
     */
    static JsonObject readObject(String body, boolean optional) {
        if (body == null || body.isBlank()) {
            if (optional) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw new InvalidRequestException("invalid_json", "A JSON object body is required.");
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new InvalidRequestException("invalid_json", "The body is not a JSON object.");
        }
    }

    static JsonObject session(SandboxConnectToken token, String redirectUri) {
        var account = token.account();
        return envelope(token)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("accepted_terms", false)
                                .add(
                                        "account",
                                        Json.createObjectBuilder()
                                                .add("id", text(account.id()))
                                                .add("display_name", text(account.displayName()))
                                                .add("logo_url", text(account.logoUrl()))
                                                .add("privacy_url", text(account.privacyUrl()))
                                                .add("support_url", text(account.supportUrl()))
                                                .add("terms_url", text(account.termsUrl())))
                                .add(
                                        "urls",
                                        Json.createObjectBuilder()
                                                .add("redirect_uri", text(redirectUri))
                                                .add(
                                                        "connect_web_uri",
                                                        text(token.connectWebUri()))))
                .build();
    }

    static JsonObject accepted(SandboxConnectToken token) {
        return envelope(token).add("status", "accepted").build();
    }

    static JsonObject minted(SandboxConnectToken token, String authenticationUri) {
        return Json.createObjectBuilder()
                .add("connect_token", token.value())
                .add("authentication_uri", authenticationUri)
                .build();
    }

    static JsonObject tokenStatus(SandboxConnectToken token) {
        return Json.createObjectBuilder()
                .add("connect_token", token.value())
                .add("status", token.status().name())
                .add(
                        "auth_capture",
                        token.authCapture() == null ? JsonValue.NULL : token.authCapture())
                .add("session_fetches", token.sessionFetches())
                .add("decisions", token.decisions())
                .build();
    }

    static JsonObject outage(Instant until, long seconds) {
        return Json.createObjectBuilder()
                .add("active", seconds > 0)
                .add("seconds", seconds)
                .add("until", until.toString())
                .build();
    }

    static JsonObject error(String type, String code, String message) {
        return Json.createObjectBuilder()
                .add("object", "error")
                .add("type", type)
                .add("code", code)
                .add("message", message)
                .build();
    }

    private static JsonObjectBuilder envelope(SandboxConnectToken token) {
        return Json.createObjectBuilder()
                .add("connect_token", token.value())
                .add("direction", "IMPORT")
                .add("live_mode", false);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
