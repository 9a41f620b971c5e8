package com.tariffbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.platform.MutableClock;
import com.tariffbridge.platform.i18n.Languages;
import com.tariffbridge.platform.i18n.MessageBundles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The filter on fake requests: what a flood of connect starts and sign-in POSTs gets back. */
class ThrottleFilterRequestsTest {

    private final ThrottleFilter filter = filter(2, 3, List.of());
    private int passed;

    @Test
    void aFloodOfConnectStartsIsAnswered429BeforeTheServletRuns() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "/connect", "203.0.113.7", null).status).isZero();
        }
        Answer refused = send("GET", "/connect", "203.0.113.7", null);

        assertThat(passed).as("only the first three reach the servlet (and FlatPeak)").isEqualTo(3);
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.headers).containsEntry("Retry-After", "20");
        assertThat(refused.body)
                .contains("<html lang=\"de\">")
                .contains("Zu viele Versuche")
                .contains("/tb/jakarta.faces.resource/css/app.css.xhtml");
        assertThat(send("GET", "/connect", "198.51.100.1", null).status)
                .as("another customer still connects")
                .isZero();
    }

    @Test
    void signInPostsHaveTheirOwnLimitAndOtherRequestsNone() throws Exception {
        send("POST", "/connect/login.xhtml", "203.0.113.7", null);
        send("POST", "/account/sign-in.xhtml", "203.0.113.7", null);

        assertThat(send("POST", "/connect/login.xhtml", "203.0.113.7", null).status).isEqualTo(429);
        assertThat(send("GET", "/connect/login.xhtml", "203.0.113.7", null).status).isZero();
        assertThat(send("GET", "/connect", "203.0.113.7", null).status)
                .as("connect starts are counted apart")
                .isZero();
    }

    @Test
    void publicCatalogueReadsHaveTheirOwnLimitAndTheApiIsRefusedWithAProblem() throws Exception {
        assertThat(send("GET", "/api/v1/tariff-products", "203.0.113.7", null).status).isZero();
        assertThat(send("GET", "/tariffs", "203.0.113.7", null).status).isZero();

        Answer refused = send("GET", "/api/v1/tariff-products", "203.0.113.7", null);

        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.headers).containsKey("Retry-After");
        assertThat(refused.body).contains("\"code\":\"too_many_requests\"").doesNotContain("<html");
        assertThat(send("GET", "/tariffs", "203.0.113.7", null).status).isEqualTo(429);
        assertThat(send("GET", "/connect", "203.0.113.7", null).status)
                .as("connect starts are counted apart")
                .isZero();
    }

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() throws Exception {
        var direct = filter(1, 1, List.of());
        var proxied = filter(1, 1, List.of("10.0.0.5"));

        assertThat(send(direct, "GET", "/connect", "203.0.113.7", "198.51.100.1").status).isZero();
        assertThat(send(direct, "GET", "/connect", "203.0.113.7", "198.51.100.2").status)
                .as("a client cannot pick a fresh address per request")
                .isEqualTo(429);

        assertThat(send(proxied, "GET", "/connect", "10.0.0.5", "198.51.100.1").status).isZero();
        assertThat(send(proxied, "GET", "/connect", "10.0.0.5", "198.51.100.2").status)
                .as("two customers behind our proxy")
                .isZero();
        assertThat(send(proxied, "GET", "/connect", "10.0.0.5", "198.51.100.1").status)
                .isEqualTo(429);
    }

    private Answer send(String method, String path, String remote, String forwardedFor)
            throws Exception {
        return send(filter, method, path, remote, forwardedFor);
    }

    private Answer send(
            ThrottleFilter target, String method, String path, String remote, String forwardedFor)
            throws Exception {
        var answer = new Answer();
        var request =
                fake(
                        HttpServletRequest.class,
                        (p, m, args) ->
                                switch (m.getName()) {
                                    case "getMethod" -> method;
                                    case "getServletPath" -> path;
                                    case "getRemoteAddr" -> remote;
                                    case "getContextPath" -> "/tb";
                                    case "getHeader" ->
                                            "X-Forwarded-For".equals(args[0]) ? forwardedFor : null;
                                    default -> null;
                                });
        var writer = new StringWriter();
        var response =
                fake(
                        HttpServletResponse.class,
                        (p, m, args) -> {
                            switch (m.getName()) {
                                case "setStatus" -> answer.status = (Integer) args[0];
                                case "setHeader" ->
                                        answer.headers.put((String) args[0], (String) args[1]);
                                case "getWriter" -> {
                                    return new PrintWriter(writer, true);
                                }
                                default -> {}
                            }
                            return null;
                        });
        target.doFilter(request, response, (req, res) -> passed++);
        answer.body = writer.toString();
        return answer;
    }

    /** Only the few calls the filter makes are answered; the rest return null. */
    private static <T> T fake(Class<T> type, InvocationHandler handler) {
        return type.cast(
                Proxy.newProxyInstance(
                        ThrottleFilterRequestsTest.class.getClassLoader(),
                        new Class<?>[] {type},
                        handler));
    }

    private static ThrottleFilter filter(int signIn, int connect, List<String> proxies) {
        var filter = new ThrottleFilter();
        filter.signInPerMinute = signIn;
        filter.connectPerMinute = connect;
        filter.publicPerMinute = 2;
        filter.maxClients = 100;
        filter.trustedProxies = Optional.of(proxies);
        filter.clock = new MutableClock(Instant.EPOCH);
        filter.bundles = new MessageBundles(Optional.empty());
        filter.languages =
                new Languages() {
                    @Override
                    public Locale getCurrent() {
                        return Locale.GERMAN;
                    }
                };
        filter.init();
        return filter;
    }

    static final class Answer {
        int status;
        final Map<String, String> headers = new HashMap<>();
        String body;
    }
}
