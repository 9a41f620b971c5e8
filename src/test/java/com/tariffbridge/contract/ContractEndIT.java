package com.tariffbridge.contract;

import static com.tariffbridge.testsupport.FlatPeakPoller.pollWith;
import static com.tariffbridge.testsupport.FlatPeakPoller.refresh;
import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.ContractsOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * What FlatPeak sees when a contract ends: renewed (same tokens, new term), ended, and past the
 * grace.
 */
class ContractEndIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private record Connected(DemoCustomersOverHttp.Customer customer, JsonObject auth) {
        JsonObject poll() {
            var response = pollWith(auth.getString("tariff_url"), auth.getString("access_token"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return SandboxFlatPeak.json(response.body()).getJsonObject("contract");
        }
    }

    private static Connected connectedCustomerWhoseContractEnded(Duration ago) {
        var customer = DemoCustomersOverHttp.create();
        var auth = ConsentOverHttp.authDataFor(customer.email(), customer.password());
        ContractsOverHttp.setTerm(
                customer.supplyPoint(), NOW.minus(Duration.ofDays(400)), NOW.minus(ago));
        return new Connected(customer, auth);
    }

    @Test
    void aRenewalIsServedOnTheNextPollAndTheSameTokensKeepWorking() {
        var c = connectedCustomerWhoseContractEnded(Duration.ofDays(2));
        Instant newEnd = NOW.plus(Duration.ofDays(363));

        ContractsOverHttp.renew(c.customer().supplyPoint(), newEnd);

        JsonObject contract = c.poll();
        assertThat(contract.getString("status")).isEqualTo("ACTIVE");
        assertThat(contract.getString("start_date"))
                .isEqualTo(NOW.minus(Duration.ofDays(2)).toString());
        assertThat(contract.getString("end_date")).isEqualTo(newEnd.toString());
        assertThat(refresh(c.auth().getString("refresh_token")).statusCode()).isEqualTo(200);
    }

    @Test
    void anEndedContractIsStillServedAsEndedWithinTheGrace() {
        var c = connectedCustomerWhoseContractEnded(Duration.ofDays(29));

        AdminApi.post("/admin/api/reminder-runs");

        JsonObject contract = c.poll();
        assertThat(contract.getString("status")).isEqualTo("ENDED");
        assertThat(contract.getString("end_date"))
                .isEqualTo(NOW.minus(Duration.ofDays(29)).toString());
    }

    @Test
    void afterTheGraceTheGrantIsRevokedAndPollsGet401ConsentRevoked() {
        var c = connectedCustomerWhoseContractEnded(Duration.ofDays(31));

        var run = AdminApi.post("/admin/api/reminder-runs");

        assertThat(SandboxFlatPeak.json(run.body()).getInt("grants_revoked"))
                .isGreaterThanOrEqualTo(1);
        var poll = pollWith(c.auth().getString("tariff_url"), c.auth().getString("access_token"));
        assertThat(poll.statusCode()).isEqualTo(401);
        assertThat(SandboxFlatPeak.json(poll.body()).getString("code"))
                .isEqualTo("consent_revoked");
        assertThat(refresh(c.auth().getString("refresh_token")).statusCode()).isNotEqualTo(200);
        assertThat(AdminApi.get("/admin/api/audit-events?limit=200").body())
                .contains("contract ended without renewal");
    }
}
