package com.tariffbridge.connect.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The authentication URI and the flow's forms at HTTP level: statuses, headers, hostile input. */
class ConnectEntryIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "cot_",
                "cot_0123456789ABCDEF01234567",
                "cot_0123456789abcdef0123456",
                "xyz",
                "cot_0123456789abcdef01234567%27%20OR%201=1--",
                "%3Cscript%3Ealert(1)%3C/script%3E",
                "cot_0123456789abcdef01234567%00",
                "cot_0123456789abcdef012345678"
            })
    void malformedTokenIsA400PageThatEchoesNothing(String token) throws Exception {
        var response = get(browser(), "/connect?connect_token=" + token);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("This link is not valid")
                .doesNotContain("<script>alert")
                .doesNotContain("Exception");
    }

    @Test
    void missingTokenIsA400Page() throws Exception {
        var response = get(browser(), "/connect");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("This link is not valid");
    }

    @Test
    void fpCotIsAcceptedAsTheParameterName() throws Exception {
        String token = SandboxFlatPeak.mintToken().getString("connect_token");
        var response = get(browser(), "/connect?fp_cot=" + token);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/connect/login.xhtml");
    }

    @Test
    void unknownTokenIsA410Page() throws Exception {
        var response = get(browser(), "/connect?connect_token=cot_ffffffffffffffffffffffff");
        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.body()).contains("This link has expired");
    }

    @Test
    void secondStartWithTheSameTokenIsRefusedAsAlreadyUsed() throws Exception {
        String token = SandboxFlatPeak.mintToken().getString("connect_token");
        assertThat(get(browser(), "/connect?connect_token=" + token).statusCode()).isEqualTo(303);
        var second = get(browser(), "/connect?connect_token=" + token);
        assertThat(second.statusCode()).isEqualTo(410);
        assertThat(second.body()).contains("already been used");
    }

    @Test
    void connectWebUriOutsideTheAllowListIsRefusedAndRecordsNothing() throws Exception {
        String token =
                SandboxFlatPeak.mintToken("{\"connect_web_uri\":\"https://evil.example/steal\"}")
                        .getString("connect_token");
        var first = get(browser(), "/connect?connect_token=" + token);
        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(first.headers().firstValue("Location")).isEmpty();
        // Nothing was recorded, so the same token is still "not valid" rather than "already used".
        assertThat(get(browser(), "/connect?connect_token=" + token).statusCode()).isEqualTo(400);
    }

    @Test
    void pagesCarrySecurityHeadersAndAreNotCached() throws Exception {
        String token = SandboxFlatPeak.mintToken().getString("connect_token");
        var client = browser();
        get(client, "/connect?connect_token=" + token);
        var login = get(client, "/connect/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        var headers = login.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(
                        get(client, "/connect?connect_token=" + token)
                                .headers()
                                .firstValue("Cache-Control"))
                .hasValue("no-store");
    }

    @Test
    void loginPostWithAnotherSessionsViewStateIsRejectedAndChangesNothing() throws Exception {
        var victim = browser();
        get(
                victim,
                "/connect?connect_token=" + SandboxFlatPeak.mintToken().getString("connect_token"));
        var attacker = browser();
        get(
                attacker,
                "/connect?connect_token=" + SandboxFlatPeak.mintToken().getString("connect_token"));
        String attackersViewState = viewState(get(attacker, "/connect/login.xhtml").body());

        var forged =
                post(
                        victim,
                        "/connect/login.xhtml",
                        Map.of(
                                "login",
                                "login",
                                "login:email",
                                "alice@example.com",
                                "login:password",
                                "alice-demo-pass",
                                "login:signIn",
                                "Sign in",
                                "jakarta.faces.ViewState",
                                attackersViewState));
        assertThat(forged.statusCode()).isIn(302, 303);
        assertThat(forged.headers().firstValue("Location").orElseThrow())
                .endsWith("/error/session-expired.xhtml");
        var expiredPage = get(victim, "/error/session-expired.xhtml");
        assertThat(expiredPage.body()).contains("Your session has expired");

        // The victim's flow is still waiting for a sign-in: the forged post changed nothing.
        var stillLogin = get(victim, "/connect/login.xhtml");
        assertThat(stillLogin.statusCode()).isEqualTo(200);
        assertThat(stillLogin.body()).contains("Sign in to");
    }

    @Test
    void loginPostWithoutAnyViewStateIsRejected() throws Exception {
        var client = browser();
        get(
                client,
                "/connect?connect_token=" + SandboxFlatPeak.mintToken().getString("connect_token"));
        var forged =
                post(
                        client,
                        "/connect/login.xhtml",
                        Map.of(
                                "login",
                                "login",
                                "login:email",
                                "alice@example.com",
                                "login:password",
                                "alice-demo-pass",
                                "login:signIn",
                                "Sign in"));
        assertThat(forged.statusCode()).isNotEqualTo(500);
        assertThat(get(client, "/connect/login.xhtml").body()).contains("Sign in to");
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        var cookies = new CookieManager();
        var client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        get(
                client,
                "/connect?connect_token=" + SandboxFlatPeak.mintToken().getString("connect_token"));
        var login = get(client, "/connect/login.xhtml");
        String before = sessionCookie(cookies);
        var signedIn =
                post(
                        client,
                        "/connect/login.xhtml",
                        Map.of(
                                "login",
                                "login",
                                "login:email",
                                "alice@example.com",
                                "login:password",
                                "alice-demo-pass",
                                "login:signIn",
                                "Sign in",
                                "jakarta.faces.ViewState",
                                viewState(login.body())));
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                .endsWith("/connect/consent.xhtml");
        assertThat(sessionCookie(cookies)).isNotEqualTo(before);
    }

    private static String sessionCookie(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("TBSESSION"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static String viewState(String html) {
        var matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("a ViewState field in the page").isTrue();
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, String path)
            throws IOException, InterruptedException {
        return client.send(
                ItServer.request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(
            HttpClient client, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return client.send(
                ItServer.request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
