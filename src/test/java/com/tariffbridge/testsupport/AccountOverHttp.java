package com.tariffbridge.testsupport;

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
 * A customer's browser in the account area over plain HTTP: cookies, view state, no redirects
 * followed.
 */
public final class AccountOverHttp {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /** Signs in; fails the test unless the answer is the redirect to the connections page. */
    public static AccountOverHttp signIn(String email, String password) {
        var browser = new AccountOverHttp();
        var answer = browser.attemptSignIn(email, password);
        if (answer.statusCode() != 302 && answer.statusCode() != 303
                || !answer.headers()
                        .firstValue("Location")
                        .orElse("")
                        .contains("/account/connections.xhtml")) {
            throw new IllegalStateException(
                    "sign-in failed: " + answer.statusCode() + " " + answer.body());
        }
        return browser;
    }

    /** Opens the sign-in page and posts the form; the answer, whatever it is. */
    public HttpResponse<String> attemptSignIn(String email, String password) {
        var page = get("/account/sign-in.xhtml");
        return post(
                "/account/sign-in.xhtml",
                Map.of(
                        "signin",
                        "signin",
                        "signin:email",
                        email,
                        "signin:password",
                        password,
                        "signin:signIn",
                        "Sign in",
                        "jakarta.faces.ViewState",
                        viewState(page)));
    }

    public HttpResponse<String> get(String path) {
        return send(ItServer.request(path).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
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
                ItServer.request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    public static String viewState(HttpResponse<String> page) {
        var matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException(
                    "no view state in page " + page.uri() + ": " + page.statusCode());
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
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
