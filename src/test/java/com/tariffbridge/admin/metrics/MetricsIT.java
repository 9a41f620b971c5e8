package com.tariffbridge.admin.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.OpsHttps;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** /metrics as a Prometheus scraper with the metrics account's credentials reads it. */
class MetricsIT {

    @Test
    void metricsAreServedOnlyOverHttpsToTheMetricsAccount() {
        assertThat(ItServer.send(ItServer.request("/metrics").GET().build()).statusCode())
                .isNotEqualTo(200);
        assertThat(OpsHttps.get("/metrics", null).statusCode()).isEqualTo(401);
        assertThat(
                        OpsHttps.get(
                                        "/metrics",
                                        AdminApi.basic(OpsHttps.METRICS_USER, "wrong-password"))
                                .statusCode())
                .isEqualTo(401);
        var scraped =
                OpsHttps.get(
                        "/metrics",
                        AdminApi.basic(OpsHttps.METRICS_USER, OpsHttps.METRICS_PASSWORD));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/plain");
        assertThat(scraped.body()).contains("# TYPE tariffbridge_connect_flows_total counter");
    }

    @Test
    void aConsentAPollARefusedPollAndARefreshAreEachCountedOnce() {
        var customer = DemoCustomersOverHttp.create();
        String before = OpsHttps.metrics();

        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        assertThat(FlatPeakPoller.pollWith(authData).statusCode()).isEqualTo(200);
        assertThat(
                        FlatPeakPoller.pollWith(
                                        authData.getString("tariff_url"), "not-a-token-we-issued")
                                .statusCode())
                .isEqualTo(401);
        assertThat(FlatPeakPoller.refresh(authData.getString("refresh_token")).statusCode())
                .isEqualTo(200);

        String after = OpsHttps.metrics();
        for (String series :
                new String[] {
                    "tariffbridge_connect_flows_total{outcome=\"started\"}",
                    "tariffbridge_connect_flows_total{outcome=\"consented\"}",
                    "tariffbridge_tariff_polls_total{status=\"200\"}",
                    "tariffbridge_tariff_polls_total{status=\"401\"}",
                    "tariffbridge_token_refreshes_total",
                    "tariffbridge_audit_events_total{type=\"CONSENT_GIVEN\"}",
                    "tariffbridge_flatpeak_calls_seconds_count{operation=\"session\",outcome=\"ok\"}",
                    "tariffbridge_flatpeak_calls_seconds_count{operation=\"auth_capture\",outcome=\"ok\"}"
                }) {
            assertThat(value(after, series)).as(series).isEqualTo(value(before, series) + 1);
        }
        assertThat(
                        value(
                                after,
                                "tariffbridge_flatpeak_calls_seconds_sum{operation=\"session\",outcome=\"ok\"}"))
                .isGreaterThan(
                        value(
                                before,
                                "tariffbridge_flatpeak_calls_seconds_sum{operation=\"session\",outcome=\"ok\"}"));
    }

    @Test
    void aPollIsTimedOnceByItsResourceMethodAndNotAgainByRoute() {
        var customer = DemoCustomersOverHttp.create();
        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        String tariffResource = "class=\"com.tariffbridge.tariff.rest.TariffResource\"";
        double before = sum(OpsHttps.metrics(), "REST_request_seconds_count", tariffResource);

        assertThat(FlatPeakPoller.pollWith(authData).statusCode()).isEqualTo(200);

        String after = OpsHttps.metrics();
        assertThat(sum(after, "REST_request_seconds_count", tariffResource)).isGreaterThan(before);
        assertThat(sum(after, "REST_request_seconds_sum", tariffResource)).isPositive();
        // monitor.filter leaves out Liberty's third timer of every request
        assertThat(after.lines().filter(line -> !line.startsWith("#")))
                .noneMatch(line -> line.startsWith("http_server_request"));
        assertThat(after).contains("connectionpool_managedConnections");
    }

    @Test
    void aRefreshTokenPresentedAgainAfterTheGraceWindowIsCountedAsReuse() {
        var customer = DemoCustomersOverHttp.create();
        var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        String spent = authData.getString("refresh_token");
        assertThat(FlatPeakPoller.refresh(spent).statusCode()).isEqualTo(200);
        double before = value(OpsHttps.metrics(), "tariffbridge_token_reuse_detections_total");

        // The test server's grace window is 2 s; within it the same pair comes back, after it the
        // grant is revoked.
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> FlatPeakPoller.refresh(spent).statusCode() == 400);

        assertThat(value(OpsHttps.metrics(), "tariffbridge_token_reuse_detections_total"))
                .isEqualTo(before + 1);
    }

    /**
     * The sample's value; {@code series} names the metric and the labels that matter, in the
     * exporter's order (mp_scope is ignored). A series never written counts as 0.
     */
    static double value(String exposition, String series) {
        int brace = series.indexOf('{');
        String name = brace < 0 ? series : series.substring(0, brace);
        String[] labels =
                brace < 0
                        ? new String[0]
                        : series.substring(brace + 1, series.length() - 1).split(",");
        return exposition
                .lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(
                        line ->
                                Arrays.stream(labels)
                                        .allMatch(
                                                label ->
                                                        line.contains(label + ",")
                                                                || line.contains(label + "}")))
                .filter(line -> labelCount(line) == labels.length + 1)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }

    /** The sum of the samples of {@code name} whose labels include all of {@code labels}. */
    private static double sum(String exposition, String name, String... labels) {
        return exposition
                .lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static int labelCount(String line) {
        int open = line.indexOf('{');
        int close = line.lastIndexOf('}');
        if (open < 0 || close < open) {
            return 0;
        }
        return (int)
                Arrays.stream(line.substring(open + 1, close).split(","))
                        .filter(s -> s.contains("="))
                        .count();
    }
}
