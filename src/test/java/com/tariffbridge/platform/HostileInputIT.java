package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables of hostile values against every parameter of the connect entry, the tariff API, the token
 * and revocation endpoints, the staff API and the three sign-in forms, sent raw over a socket so
 * that even bad percent-encoding and repeated parameters arrive as sent. Each answer is a 4xx
 * problem on APIs or the friendly page on browser paths: never a 5xx, never a stack trace, no
 * sign-in, and the customer's real tokens still work afterwards.
 */
class HostileInputIT {

    /** Query-string values, already in their raw (on-the-wire) form. */
    static Stream<String> hostileValues() {
        List<String> values = new ArrayList<>();
        values.add("a".repeat(10_000));
        values.add(enc("é😀ü\u202e"));
        values.add("%00");
        values.add("%01%1f%7f");
        values.add("%0d%0aSet-Cookie:%20pwned=1");
        values.add(enc("' OR '1'='1' --"));
        values.add(enc("1; DROP TABLE customer"));
        values.add(enc("#{7*7}"));
        values.add(enc("${7*7}"));
        values.add(enc("<script>alert(1)</script>"));
        values.add("99999999999999999999999999999999");
        values.add("-1");
        values.add(enc("+999999999-12-30T00:00:00Z"));
        values.add("%zz");
        values.add("%");
        values.add("%E0%A4%A");
        values.add(enc("cot_") + "%2e%2e%2f%2e%2e");
        values.add("");
        return values.stream();
    }

    private static String accessToken;
    private static String refreshToken;
    private static String tariffPath;

    @BeforeAll
    static void aConnectedCustomer() {
        var customer = DemoCustomersOverHttp.create();
        JsonObject authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        accessToken = authData.getString("access_token");
        refreshToken = authData.getString("refresh_token");
        tariffPath = URI.create(authData.getString("tariff_url")).getRawPath();
    }

    @ParameterizedTest(name = "[{index}] connect_token={0}")
    @MethodSource("hostileValues")
    void theConnectEntryAnswersAFriendlyPage(String value) throws IOException {
        var answer = send("GET", "/connect?connect_token=" + value, Map.of(), null);

        assertThat(answer.status()).as(answer.head()).isBetween(200, 499);
        assertNoLeak(answer);
        assertThat(answer.head()).doesNotContainIgnoringCase("Set-Cookie: pwned");
    }

    @ParameterizedTest(name = "[{index}] window={0}")
    @MethodSource("hostileValues")
    void theTariffApiAnswersAProblemForEveryBadParameter(String value) throws IOException {
        for (String query :
                List.of(
                        "start_time=" + value,
                        "end_time=" + value,
                        "start_time=" + value + "&start_time=2026-12-01T00:00:00Z",
                        "start_time=2026-12-01T00:00:00Z&end_time=" + value)) {
            var answer =
                    send(
                            "GET",
                            tariffPath + "?" + query,
                            Map.of("Authorization", "Bearer " + accessToken),
                            null);

            assertThat(answer.status()).as(query + "\n" + answer.head()).isBetween(200, 499);
            if (answer.status() >= 400) {
                assertThat(answer.head()).containsIgnoringCase("application/problem+json");
            }
            assertNoLeak(answer);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileAuthorizations")
    void theTariffApiRefusesEveryBadAuthorizationWithAProblem(String authorization)
            throws IOException {
        var answer = send("GET", tariffPath, Map.of("Authorization", authorization), null);

        assertThat(answer.status()).as(answer.head()).isIn(400, 401, 431);
        assertNoLeak(answer);
    }

    static Stream<String> hostileAuthorizations() {
        return Stream.of(
                "Bearer",
                "Bearer ",
                "Bearer tbat_",
                "Bearer " + "tbat_" + "A".repeat(6_000),
                "Bearer tbat_%00%00",
                "Bearer tbrt_" + "A".repeat(43),
                "bearer\ttbat_x",
                "Basic " + "A".repeat(500),
                "Basic !!!notbase64!!!",
                "Digest username=\"x\"",
                "Bearer ' OR '1'='1",
                "Bearer <script>");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileValues")
    void theTokenAndRevocationEndpointsAnswerOAuthErrors(String value) throws IOException {
        String client =
                FlatPeakPoller.basic(FlatPeakPoller.CLIENT_ID, FlatPeakPoller.CLIENT_SECRET);
        Map<String, String> form =
                Map.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Authorization",
                        client);
        for (String body :
                List.of(
                        "grant_type=" + value + "&refresh_token=" + value,
                        "grant_type=refresh_token&refresh_token=" + value,
                        "grant_type=refresh_token&refresh_token="
                                + value
                                + "&refresh_token="
                                + value)) {
            var token = send("POST", "/oauth/token", form, body);
            assertThat(token.status()).as(body + "\n" + token.head()).isBetween(400, 499);
            assertThat(token.body()).contains("\"error\"");
            assertNoLeak(token);
        }
        var revoke = send("POST", "/oauth/revoke", form, "token=" + value);
        assertThat(revoke.status()).as(revoke.head()).isIn(200, 400, 401, 413);
        assertNoLeak(revoke);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileValues")
    void theStaffApiAnswersAProblemForEveryBadFilter(String value) throws IOException {
        Map<String, String> staff =
                Map.of("Authorization", AdminApi.basic(AdminApi.USER, AdminApi.PASSWORD));
        for (String path :
                List.of(
                        "/admin/api/audit-events?since=" + value,
                        "/admin/api/audit-events?type=" + value,
                        "/admin/api/audit-events?page=" + value,
                        "/admin/api/sync-runs/" + value,
                        "/admin/api/reminders?supply_point=" + value)) {
            var answer = send("GET", path, staff, null);
            assertThat(answer.status()).as(path + "\n" + answer.head()).isBetween(200, 499);
            assertNoLeak(answer);
        }
    }

    /**
     * The three sign-in forms: (page, form id, name field, password field, button). A Faces POST
     * needs the page's session and view state, so each value gets a fresh page first; the connect
     * login also needs a connect session (a minted token).
     */
    static Stream<List<String>> signInForms() {
        return Stream.of(
                List.of("/connect/login.xhtml", "login", "email", "password", "signIn"),
                List.of("/account/sign-in.xhtml", "signin", "email", "password", "signIn"),
                List.of("/admin/sign-in.xhtml", "signIn", "username", "password", "go"));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> hostileSignIns() {
        List<String> values = hostileValues().toList();
        return signInForms()
                .flatMap(
                        form ->
                                values.stream()
                                        .map(
                                                value ->
                                                        org.junit.jupiter.params.provider.Arguments
                                                                .of(form.get(0), value, form)));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1}")
    @MethodSource("hostileSignIns")
    void everySignInFormAnswersAFriendlyPageAndSignsNobodyIn(
            String page, String value, List<String> form) throws Exception {
        var browser =
                java.net.http.HttpClient.newBuilder()
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new java.net.CookieManager())
                        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                        .build();
        if (page.startsWith("/connect/")) {
            String token =
                    com.tariffbridge.testsupport.SandboxFlatPeak.mintToken()
                            .getString("connect_token");
            ItServer.send(browser, ItServer.request("/connect?connect_token=" + token).build());
        }
        var fresh = ItServer.send(browser, ItServer.request(page).GET().build());
        assertThat(fresh.statusCode()).isEqualTo(200);
        String viewState = enc(com.tariffbridge.testsupport.StaffOverHttp.viewState(fresh));
        String cookies =
                String.join(
                        "; ",
                        ((java.net.CookieManager) browser.cookieHandler().orElseThrow())
                                .getCookieStore().getCookies().stream()
                                        .map(c -> c.getName() + "=" + c.getValue())
                                        .toList());
        String id = form.get(1);
        String fields =
                id
                        + "="
                        + id
                        + "&"
                        + id
                        + ":"
                        + form.get(4)
                        + "=Sign+in&jakarta.faces.ViewState="
                        + viewState;
        String credentials =
                id + ":" + form.get(2) + "=" + value + "&" + id + ":" + form.get(3) + "=" + value;
        for (String body :
                List.of(
                        fields + "&" + credentials,
                        // the name repeated: a harmless first value, then the hostile one
                        fields
                                + "&"
                                + id
                                + ":"
                                + form.get(2)
                                + "=x%40example.com&"
                                + credentials)) {
            var answer =
                    send(
                            "POST",
                            page,
                            Map.of(
                                    "Content-Type",
                                    "application/x-www-form-urlencoded",
                                    "Cookie",
                                    cookies),
                            body);
            assertThat(answer.status()).as(body + "\n" + answer.head()).isBetween(200, 499);
            assertThat(answer.head())
                    .as("nobody is signed in")
                    .doesNotContain("consent.xhtml")
                    .doesNotContain("/admin/index.xhtml")
                    .doesNotContain("/account/connections");
            assertNoLeak(answer);
        }
    }

    @Test
    void afterTheWholeTableTheCustomersRealTokensStillWork() {
        // runs in any order; if it runs first it still proves the pair works, and the hostile
        // refreshes above never name the real refresh token, so none of them can spend it
        var poll = FlatPeakPoller.pollWith(ItServer.baseUrl() + tariffPath, accessToken);
        assertThat(poll.statusCode()).as(poll.body()).isIn(200, 304, 429);
        var refreshed = FlatPeakPoller.refresh(refreshToken);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
    }

    private static void assertNoLeak(Answer answer) {
        // stored data may mention anything (an audit detail, an account's display name), so the
        // stack-trace check is on every answer, the rest only where it would be a leak or a hole
        assertThat(answer.body())
                .doesNotContain("\tat ")
                .doesNotContain("at com.tariffbridge.")
                .doesNotContain("SRVE");
        if (answer.status() >= 400) {
            assertThat(answer.body()).doesNotContain("Exception");
        }
        if (answer.head().toLowerCase(java.util.Locale.ROOT).contains("content-type: text/html")) {
            assertThat(answer.body()).doesNotContain("<script>alert(1)</script>");
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    record Answer(int status, String head, String body) {}

    /** One HTTP/1.1 request over a plain socket: the request line goes out exactly as given. */
    private static Answer send(
            String method, String target, Map<String, String> headers, String body)
            throws IOException {
        URI base = URI.create(ItServer.baseUrl());
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", base.getHost() + ":" + base.getPort());
        all.put("Connection", "close");
        all.putAll(headers);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            all.put("Content-Length", Integer.toString(content.length));
        }
        var request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        all.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        request.append("\r\n");
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            var bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String raw = bytes.toString(StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String rest = split < 0 ? "" : raw.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, rest);
        }
    }
}
