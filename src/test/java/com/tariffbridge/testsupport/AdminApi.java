package com.tariffbridge.testsupport;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls {@code /admin/api} as the dev server's staff user {@code admin}, as an ops script would.
 */
public final class AdminApi {

    public static final String USER = "admin";
    public static final String PASSWORD = "admin-demo-pass";

    private AdminApi() {}

    public static HttpResponse<String> get(String path) {
        return send(
                ItServer.request(path)
                        .header("Authorization", basic(USER, PASSWORD))
                        .GET()
                        .build());
    }

    /** A change, marked as a script's with {@code X-Requested-By} as the staff API requires. */
    public static HttpResponse<String> post(String path) {
        return send(
                ItServer.request(path)
                        .header("Authorization", basic(USER, PASSWORD))
                        .header("X-Requested-By", "tariff-bridge-it")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
    }

    public static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return ItServer.send(request);
    }
}
