package com.tariffbridge.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.SandboxBilling;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import com.tariffbridge.testsupport.SyncRunsOverHttp;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Billing-side changes reach FlatPeak's polls through a sync run, over HTTP end to end: the sandbox
 * billing system, the admin trigger, the tariff API. Each test brings its own customer.
 */
class TariffSyncIT {

    private record Connected(String supplyPoint, String tariffUrl, String accessToken) {
        HttpResponse<String> poll(String ifNoneMatch) {
            return FlatPeakPoller.poll(tariffUrl, "Bearer " + accessToken, ifNoneMatch);
        }
    }

    private static Connected connectedCustomer() {
        var customer = DemoCustomersOverHttp.create();
        JsonObject auth = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        return new Connected(
                customer.supplyPoint(),
                auth.getString("tariff_url"),
                auth.getString("access_token"));
    }

    private static Set<String> prices(JsonObject tariff) {
        return tariff.getJsonArray("rates").getValuesAs(JsonObject.class).stream()
                .map(
                        rate ->
                                rate.getJsonNumber("rate")
                                        .bigDecimalValue()
                                        .stripTrailingZeros()
                                        .toPlainString())
                .collect(Collectors.toSet());
    }

    @Test
    void aRepriceInBillingReachesTheNextConditionalPollWithNewPricesAndANewETag() {
        var customer = connectedCustomer();
        var before = customer.poll(null);
        assertThat(before.statusCode()).isEqualTo(200);
        String oldEtag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(prices(SandboxFlatPeak.json(before.body())))
                .containsExactlyInAnyOrder("0.07", "0.28");

        SandboxBilling.reprice(customer.supplyPoint(), "2");
        var run = SyncRunsOverHttp.run();
        var after = customer.poll(oldEtag);

        assertThat(run.getInt("changed")).isGreaterThanOrEqualTo(1);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(oldEtag);
        var tariff = SandboxFlatPeak.json(after.body());
        assertThat(prices(tariff)).containsExactlyInAnyOrder("0.14", "0.56");
        assertThat(tariff.getBoolean("stale")).isFalse();
        assertThat(tariff.getJsonNumber("standing_charge").bigDecimalValue())
                .isEqualByComparingTo("1.06");
    }

    @Test
    void anUnchangedTariffKeepsItsETagThroughASync() {
        var customer = connectedCustomer();
        String etag = customer.poll(null).headers().firstValue("ETag").orElseThrow();

        SyncRunsOverHttp.run();

        assertThat(customer.poll(etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aRenewalShowsTheNewEndDateOnTheNextPollAndTheSameTokenKeepsWorking() {
        var customer = connectedCustomer();
        var before = SandboxFlatPeak.json(customer.poll(null).body()).getJsonObject("contract");
        assertThat(before.getString("term_type")).isEqualTo("UNTIL_TERMINATED");

        var renewed = SandboxBilling.renew(customer.supplyPoint()).getJsonObject("contract");
        SyncRunsOverHttp.run();
        var after = customer.poll(null);

        assertThat(after.statusCode()).isEqualTo(200);
        var contract = SandboxFlatPeak.json(after.body()).getJsonObject("contract");
        assertThat(contract.getString("term_type")).isEqualTo("FIXED_TERM");
        assertThat(Instant.parse(contract.getString("end_date")))
                .isEqualTo(Instant.parse(renewed.getString("end_date")))
                .isAfter(Instant.now().plus(java.time.Duration.ofDays(364)));
        assertThat(contract.getString("start_date")).isEqualTo(before.getString("start_date"));
        var element =
                SandboxFlatPeak.json(after.body()).getJsonObject("tariff").getJsonObject("import");
        assertThat(element.getString("contract_end_date"))
                .isEqualTo(contract.getString("end_date"));
    }

    @Test
    void withBillingDownThePollStillAnswersWithTheLastTariffMarkedStaleUntilALaterSyncSucceeds() {
        var customer = connectedCustomer();
        var fresh = customer.poll(null);
        String freshEtag = fresh.headers().firstValue("ETag").orElseThrow();
        var freshTariff = SandboxFlatPeak.json(fresh.body());
        Instant lastGood = Instant.parse(freshTariff.getString("last_updated"));
        JsonObject run;
        try {
            SandboxBilling.outage(120);
            run = SyncRunsOverHttp.run();
        } finally {
            SandboxBilling.healthy();
        }
        var stale = customer.poll(freshEtag);

        assertThat(run.getInt("failed")).isEqualTo(run.getInt("checked")).isPositive();
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(stale.statusCode()).isEqualTo(200);
        var staleTariff = SandboxFlatPeak.json(stale.body());
        assertThat(staleTariff.getBoolean("stale")).isTrue();
        assertThat(prices(staleTariff)).isEqualTo(prices(freshTariff));
        assertThat(Instant.parse(staleTariff.getString("last_updated")))
                .isAfterOrEqualTo(lastGood)
                .isBefore(Instant.parse(run.getString("started_at")).plusSeconds(1));

        SyncRunsOverHttp.runUntilBillingAnswers();
        var recovered = SandboxFlatPeak.json(customer.poll(null).body());
        assertThat(recovered.getBoolean("stale")).isFalse();
    }

    @Test
    void answersCutOffHalfwayFailTheirPagesAsUnavailableAndTheRunStillEnds() {
        var customer = connectedCustomer();
        String etag = customer.poll(null).headers().firstValue("ETag").orElseThrow();
        JsonObject run;
        try {
            SandboxBilling.cutOff();
            run = SyncRunsOverHttp.run();
        } finally {
            SandboxBilling.healthy();
        }
        try {
            assertThat(run.getString("status")).isEqualTo("FAILED");
            assertThat(run.getInt("failed")).isEqualTo(run.getInt("checked")).isPositive();
            // failed reads count for the circuit breaker too, which then fails the rest fast
            var causes = run.getJsonObject("failed_by_cause");
            assertThat(causes.getInt("unavailable")).isPositive();
            assertThat(causes.getInt("unavailable") + causes.getInt("circuit_open"))
                    .isEqualTo(run.getInt("failed"));
            // a broken billing page costs freshness only: the last good tariff is still served
            var stale = customer.poll(etag);
            assertThat(stale.statusCode()).isEqualTo(200);
            assertThat(SandboxFlatPeak.json(stale.body()).getBoolean("stale")).isTrue();
        } finally {
            SyncRunsOverHttp.runUntilBillingAnswers();
        }
    }

    @Test
    void slowBillingTimesOutAndOpensTheCircuitWhileTheTariffApiKeepsAnswering() {
        var customer = connectedCustomer();
        String etag = customer.poll(null).headers().firstValue("ETag").orElseThrow();
        SandboxBilling.generate(20);
        JsonObject run;
        try {
            SandboxBilling.latency(3000);
            long id = SyncRunsOverHttp.start();
            // polls are served from snapshots on their own threads: billing's slowness never queues
            // them
            for (int i = 0; i < 5; i++) {
                assertThat(customer.poll(etag).statusCode()).isIn(200, 304);
            }
            assertThat(SyncRunsOverHttp.view(id).getString("status")).isEqualTo("RUNNING");
            var second = AdminApi.post("/admin/api/sync-runs");
            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(SandboxFlatPeak.json(second.body()).getString("code"))
                    .isEqualTo("sync_running");
            run = SyncRunsOverHttp.awaitEnd(id);
        } finally {
            SandboxBilling.healthy();
        }
        try {
            var causes = run.getJsonObject("failed_by_cause");
            assertThat(causes.getInt("timeout")).isPositive();
            assertThat(causes.getInt("circuit_open")).isPositive();
            assertThat(run.getInt("failed")).isEqualTo(run.getInt("checked"));
            assertThat(run.getInt("checked")).isGreaterThanOrEqualTo(21);
        } finally {
            SyncRunsOverHttp.runUntilBillingAnswers();
        }
    }

    @Test
    void generatedLoadIsSyncedAndBillingsNewerPricesAreWritten() {
        var batch = SandboxBilling.generate(20);

        var run = SyncRunsOverHttp.run();

        assertThat(batch.getInt("count")).isEqualTo(20);
        assertThat(run.getString("status")).isEqualTo("FINISHED");
        assertThat(run.getInt("checked")).isGreaterThanOrEqualTo(20);
        assertThat(run.getInt("total")).isGreaterThanOrEqualTo(20);
        // numbers 7 and 17 of the batch are repriced in billing (see LoadSupplies)
        assertThat(run.getInt("changed")).isGreaterThanOrEqualTo(2);
        assertThat(new BigDecimal(run.getJsonNumber("progress").toString()))
                .isEqualByComparingTo("1");
    }
}
