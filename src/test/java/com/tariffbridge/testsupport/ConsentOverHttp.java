package com.tariffbridge.testsupport;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Walks the connect flow over plain HTTP (as a browser would, with cookies and view state) for a
 * customer with one supply point, and returns the {@code auth_data} FlatPeak received: the
 * credentials a FlatPeak-like poller then uses.
 */
public final class ConsentOverHttp {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private ConsentOverHttp() {}

    public static JsonObject authDataFor(String email, String password) {
        return authDataFor(email, password, "{}");
    }

    /** The same through a connect token minted with {@code tokenOrder} (e.g. another account). */
    public static JsonObject authDataFor(String email, String password, String tokenOrder) {
        return walk(email, password, tokenOrder, null);
    }

    /**
     * The same from a browser whose {@code Accept-Language} is {@code language} ("de"): the pages
     * are shown, and the consent given, in that language.
     */
    public static JsonObject authDataIn(String language, String email, String password) {
        return walk(email, password, "{}", language);
    }

    private static JsonObject walk(
            String email, String password, String tokenOrder, String language) {
        var browser =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        String token = SandboxFlatPeak.mintToken(tokenOrder).getString("connect_token");
        expect(get(browser, language, "/connect?connect_token=" + token), 303);
        var login = expect(get(browser, language, "/connect/login.xhtml"), 200);
        var signedIn =
                post(
                        browser,
                        language,
                        "/connect/login.xhtml",
                        Map.of(
                                "login",
                                "login",
                                "login:email",
                                email,
                                "login:password",
                                password,
                                "login:signIn",
                                "Sign in",
                                "jakarta.faces.ViewState",
                                viewState(login)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/connect/consent.xhtml")) {
            throw new IllegalStateException(
                    "sign-in did not lead to consent: " + signedIn.statusCode() + " " + location);
        }
        var consent = expect(get(browser, language, "/connect/consent.xhtml"), 200);
        var allowed =
                post(
                        browser,
                        language,
                        "/connect/consent.xhtml",
                        Map.of(
                                "consent",
                                "consent",
                                "consent:allow",
                                "Allow",
                                "jakarta.faces.ViewState",
                                viewState(consent)));
        expect(allowed, 303);
        return SandboxFlatPeak.received(token)
                .getJsonObject("auth_capture")
                .getJsonObject("auth_data");
    }

    private static String viewState(HttpResponse<String> page) {
        var matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in page");
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    "expected "
                            + status
                            + " but got "
                            + response.statusCode()
                            + " for "
                            + response.uri());
        }
        return response;
    }

    private static HttpResponse<String> get(HttpClient client, String language, String path) {
        return send(client, inLanguage(ItServer.request(path), language).GET().build());
    }

    private static HttpRequest.Builder inLanguage(HttpRequest.Builder request, String language) {
        return language == null ? request : request.header("Accept-Language", language);
    }

    private static HttpResponse<String> post(
            HttpClient client, String language, String path, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return send(
                client,
                inLanguage(ItServer.request(path), language)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
