package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.FlatPeakPoller;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.SandboxFlatPeak;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A provider who forgets FlatPeak's and billing's addresses and secrets gets a server that starts
 * but says what is missing, and that lets no client in: the WAR has no value to fall back to.
 */
class ServerWithoutSecretsIT {

    @Test
    void aServerWithoutItsSecretsIsNotReadyNamesEachMissingKeyAndRefusesEveryClient()
            throws Exception {
        Path db = Path.of("target/fresh-servers/no-secrets-db/tariffbridge").toAbsolutePath();
        try (var server =
                FreshLibertyServer.create(
                        "no-secrets",
                        "h2-",
                        Map.of(
                                "TARIFFBRIDGE_DB_URL",
                                "jdbc:h2:" + db + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE",
                                "TARIFFBRIDGE_DB_USER",
                                "sa"))) {
            server.startWithoutReadiness();
            try (var other = ItServer.against(server.baseUrl())) {
                var ready = ItServer.send(ItServer.request("/health/ready").GET().build());
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
                JsonObject settings =
                        SandboxFlatPeak.json(ready.body()).getJsonArray("checks").stream()
                                .map(JsonObject.class::cast)
                                .filter(check -> check.getString("name").equals("settings"))
                                .findFirst()
                                .orElseThrow();
                assertThat(settings.getString("status")).isEqualTo("DOWN");
                assertThat(settings.getJsonObject("data").getString("missing"))
                        .isEqualTo(
                                "flatpeak.api.url, flatpeak.api.username, flatpeak.api.password,"
                                        + " flatpeak.client.id, flatpeak.client.secret or"
                                        + " flatpeak.client.secret-sha256, billing.api.url,"
                                        + " billing.api.key");
                assertThat(ready.body()).doesNotContainIgnoringCase("sandbox");

                for (String path : new String[] {"/oauth/token", "/oauth/revoke"}) {
                    var refused =
                            FlatPeakPoller.tokenCall(
                                    path,
                                    FlatPeakPoller.basic(
                                            FlatPeakPoller.CLIENT_ID, FlatPeakPoller.CLIENT_SECRET),
                                    "grant_type=refresh_token&refresh_token=rt_x&token=rt_x");
                    assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(401);
                    assertThat(SandboxFlatPeak.json(refused.body()).getString("error"))
                            .isEqualTo("invalid_client");
                }
            }
        }
    }
}
