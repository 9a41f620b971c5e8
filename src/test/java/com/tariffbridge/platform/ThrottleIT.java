package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.OpsHttps;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ThrottleFilter on a running server with low limits (3 a minute), behind a "proxy" (the test,
 * 127.0.0.1, is a trusted proxy, so {@code X-Forwarded-For} names the client): an attacker's
 * address gets 429 with Retry-After past the limit, and a flood of well-formed random connect
 * tokens reaches the sandbox FlatPeak only as often as the limit allows, so a real customer from
 * another address still connects.
 */
class ThrottleIT {

    private static final int LIMIT = 3;

    @Test
    void signInPostsAndConnectStartsPastTheLimitAre429AndAFloodOfRandomTokensSparesARealCustomer()
            throws Exception {
        try (var server =
                FreshLibertyServer.create(
                        "throttle",
                        "h2-",
                        FreshLibertyServer.onH2(
                                "throttle",
                                "SANDBOX_ENABLED",
                                "true",
                                "DEMO_SEED",
                                "false",
                                "THROTTLE_SIGN_IN_PER_MINUTE",
                                Integer.toString(LIMIT),
                                "THROTTLE_CONNECT_PER_MINUTE",
                                Integer.toString(LIMIT),
                                "THROTTLE_TRUSTED_PROXIES",
                                "127.0.0.1,0:0:0:0:0:0:0:1"))) {
            server.addConfig(
                    "metrics.xml",
                    FreshLibertyServer.registryWith(
                            "scraper", "scraper-secret", "tariff-bridge-metrics"));
            server.start();
            try (var other = ItServer.against(server.baseUrl())) {
                // Both sign-in pages count against one limit per address: one attacker each.
                var attackers =
                        Map.of(
                                "/account/sign-in.xhtml",
                                "203.0.113.7",
                                "/connect/login.xhtml",
                                "203.0.113.17");
                for (var page : attackers.keySet()) {
                    var answers = new ArrayList<HttpResponse<String>>();
                    for (int i = 0; i <= LIMIT; i++) {
                        answers.add(signInPost(page, attackers.get(page)));
                    }
                    assertThat(answers.subList(0, LIMIT))
                            .allSatisfy(a -> assertThat(a.statusCode()).isNotEqualTo(429));
                    assertRefused(answers.get(LIMIT));
                    assertThat(signInPost(page, "198.51.100.20").statusCode())
                            .as("another address has a bucket of its own")
                            .isNotEqualTo(429);
                }

                double rejectedBefore = sessionLookupsRejected(server);
                int refused = 0;
                var random = new SecureRandom();
                for (int i = 0; i < 25; i++) {
                    byte[] bytes = new byte[12];
                    random.nextBytes(bytes);
                    var answer =
                            ItServer.send(
                                    ItServer.request(
                                                    "/connect?connect_token=cot_"
                                                            + HexFormat.of().formatHex(bytes))
                                            .header("X-Forwarded-For", "203.0.113.8")
                                            .GET()
                                            .build());
                    if (answer.statusCode() == 429) {
                        assertRefused(answer);
                        refused++;
                    }
                }
                assertThat(refused).isEqualTo(25 - LIMIT);
                assertThat(sessionLookupsRejected(server) - rejectedBefore)
                        .as("session lookups the flood caused at FlatPeak")
                        .isEqualTo(LIMIT);

                // A real customer, from the proxy's own address, connects as usual.
                var customer = DemoCustomersOverHttp.create();
                var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
                assertThat(authData.getString("access_token")).startsWith("tbat_");
            }
        }
    }

    private static HttpResponse<String> signInPost(String page, String client) {
        return ItServer.send(
                ItServer.request(page)
                        .header("X-Forwarded-For", client)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("signIn=signIn"))
                        .build());
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(answer.body()).contains("id=\"too-many-requests\"");
    }

    /** FlatPeak session lookups that answered "unknown token", from the server's /metrics. */
    private static double sessionLookupsRejected(FreshLibertyServer server) {
        var metrics =
                OpsHttps.get(
                        server.httpsUrl(), "/metrics", AdminApi.basic("scraper", "scraper-secret"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body()
                .lines()
                .filter(line -> line.startsWith("tariffbridge_flatpeak_calls_seconds_count{"))
                .filter(line -> line.contains("operation=\"session\""))
                .filter(line -> line.contains("outcome=\"rejected\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
