package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ConsentOverHttp;
import com.tariffbridge.testsupport.DemoCustomersOverHttp;
import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Providers deploy the WAR into Liberty servers they already run: a fresh server from the same
 * runtime with only docs/liberty/tariff-bridge-fragment.xml, the WAR and the H2 driver walks the
 * connect flow and a tariff poll.
 */
class ExistingServerFragmentIT {

    @Test
    void theFragmentAndTheWarAloneRunTheConnectFlowAndTheTariffApiInAFreshServer()
            throws Exception {
        Path db = Path.of("target/fresh-servers/existing-db/tariffbridge").toAbsolutePath();
        try (var server =
                FreshLibertyServer.create(
                        "existing",
                        "h2-",
                        Map.of(
                                "TARIFFBRIDGE_DB_URL",
                                        "jdbc:h2:" + db + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE",
                                "TARIFFBRIDGE_DB_USER", "sa",
                                "SANDBOX_ENABLED", "true",
                                "DEMO_SEED", "false"))) {
            server.start();
            try (var other = ItServer.against(server.baseUrl())) {
                var customer = DemoCustomersOverHttp.create();
                var authData = ConsentOverHttp.authDataFor(customer.email(), customer.password());
                assertThat(authData.getString("tariff_url")).startsWith(server.baseUrl());
                var poll = FlatPeakPoller.pollWith(authData);
                assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
                assertThat(SandboxFlatPeak.json(poll.body()).getString("supply_point"))
                        .isEqualTo(customer.supplyPoint());
                var refreshed = FlatPeakPoller.refresh(authData.getString("refresh_token"));
                assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            }
        }
    }
}
