package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.FreshLibertyServer;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.OpsHttps;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What docs/production/server.xml (with the fragment) gives the people who reach it, on a server
 * laid out as its header says (sessions in PostgreSQL, so it runs with {@code it.postgres.url}) and
 * a basic registry standing in for LDAP: staff use the staff pages and API over HTTPS only and are
 * not Liberty administrators; the metrics account reads /metrics and nothing else; there is no
 * admin center or REST connector on the exposed ports.
 */
@EnabledIfSystemProperty(named = "it.postgres.url", matches = "jdbc:postgresql:.+")
class ProductionServerRolesIT {

    private static final String STAFF = AdminApi.basic("staffer", "staffer-secret");
    private static final String METRICS = AdminApi.basic("scraper", "scraper-secret");

    @Test
    void staffAreNotServerAdministratorsTheMetricsAccountOnlyReadsMetricsAndStaffPathsAreHttpsOnly()
            throws Exception {
        try (var server =
                FreshLibertyServer.createProduction(
                        "production-roles",
                        "postgresql-",
                        Map.of(
                                "TARIFFBRIDGE_DB_URL", System.getProperty("it.postgres.url"),
                                "TARIFFBRIDGE_DB_USER", "tariffbridge",
                                "TARIFFBRIDGE_DB_PASSWORD", "tariffbridge"),
                        """
                        <server>
                            <basicRegistry id="staff" realm="TariffBridgeStaff">
                                <user name="staffer" password="staffer-secret"/>
                                <user name="scraper" password="scraper-secret"/>
                                <group name="tariff-bridge-admins"><member name="staffer"/></group>
                                <group name="tariff-bridge-metrics"><member name="scraper"/></group>
                            </basicRegistry>
                        </server>
                        """)) {
            server.startWithoutReadiness();
            String https = server.httpsUrl();

            // Staff: the staff API over HTTPS, nothing of the server's.
            assertThat(OpsHttps.get(https, "/admin/api/audit-events?limit=1", STAFF).statusCode())
                    .isEqualTo(200);
            assertThat(OpsHttps.get(https, "/metrics", STAFF).statusCode()).isEqualTo(403);
            assertThat(OpsHttps.get(https, "/adminCenter/", null).statusCode()).isEqualTo(404);
            assertThat(OpsHttps.get(https, "/IBMJMXConnectorREST/", STAFF).statusCode())
                    .isEqualTo(404);

            // The metrics account: /metrics, and not the staff API.
            var scraped = OpsHttps.get(https, "/metrics", METRICS);
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.body()).contains("tariffbridge_");
            assertThat(OpsHttps.get(https, "/admin/api/audit-events?limit=1", METRICS).statusCode())
                    .isEqualTo(403);

            // Staff paths over plain HTTP: the API refuses, a page moves to the HTTPS public URL.
            try (var plain = ItServer.against(server.baseUrl())) {
                var api =
                        ItServer.send(
                                ItServer.request("/admin/api/audit-events?limit=1")
                                        .header("Authorization", STAFF)
                                        .GET()
                                        .build());
                assertThat(api.statusCode()).isEqualTo(403);
                assertThat(api.body()).contains("\"https_required\"");
                var page = ItServer.send(ItServer.request("/admin/sign-in.xhtml").GET().build());
                assertThat(page.statusCode()).isEqualTo(301);
                assertThat(page.headers().firstValue("Location").orElseThrow())
                        .isEqualTo(https + "/admin/sign-in.xhtml");
                assertThat(
                                ItServer.send(
                                                ItServer.request("/admin/sign-in.xhtml")
                                                        .POST(
                                                                java.net.http.HttpRequest
                                                                        .BodyPublishers.noBody())
                                                        .build())
                                        .statusCode())
                        .isEqualTo(403);
            }
            assertThat(OpsHttps.get(https, "/admin/sign-in.xhtml", null).statusCode())
                    .isEqualTo(200);
        }
    }
}
