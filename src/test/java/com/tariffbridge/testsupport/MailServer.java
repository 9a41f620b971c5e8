package com.tariffbridge.testsupport;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

/** The build's SMTP server, seen from a test: what it received, and an outage on demand. */
public final class MailServer {

    private MailServer() {}

    /** Messages to this address, in the order they arrived. */
    public static List<JsonObject> messagesTo(String email) {
        var response = ItServer.send(control("/messages").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "mail server answered " + response.statusCode() + ": " + response.body());
        }
        return SandboxFlatPeak.json("{\"m\":" + response.body() + "}")
                .getJsonArray("m")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("to").contains(email))
                .toList();
    }

    public static void stopSmtp() {
        ItServer.send(control("/smtp/stop").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public static void startSmtp() {
        ItServer.send(control("/smtp/start").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpRequest.Builder control(String path) {
        String base = System.getProperty("it.mail-control-url", "http://127.0.0.1:3080");
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }
}
