package com.tariffbridge.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Signs in at the test Keycloak the way a browser does, over plain HTTP: opens the authorization
 * URL, posts its login form, and answers where Keycloak sends the browser back (our callback with
 * code and state). The client must not follow redirects.
 */
public final class KeycloakLogin {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private KeycloakLogin() {}

    public static URI returnFrom(
            HttpClient client, URI authorization, String username, String password)
            throws Exception {
        var page =
                client.send(
                        HttpRequest.newBuilder(authorization).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        var action = FORM_ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new AssertionError(
                    "Keycloak showed no login form: " + page.statusCode() + " " + page.body());
        }
        String form =
                "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&credentialId=";
        // Keycloak marks its cookies Secure, which java.net's cookie store keeps from plain HTTP
        // even on loopback (browsers and curl send them to localhost), so they go by hand.
        String cookies =
                String.join(
                        "; ",
                        page.headers().allValues("Set-Cookie").stream()
                                .map(c -> c.split(";", 2)[0])
                                .toList());
        var answer =
                client.send(
                        HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                                .header("Cookie", cookies)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse(null);
        if (answer.statusCode() != 302 || location == null) {
            throw new AssertionError(
                    "Keycloak did not send the browser back: "
                            + answer.statusCode()
                            + " "
                            + answer.body());
        }
        return URI.create(location);
    }
}
