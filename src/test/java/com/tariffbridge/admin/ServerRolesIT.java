package com.tariffbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.AdminApi;
import com.tariffbridge.testsupport.ItServer;
import com.tariffbridge.testsupport.OpsHttps;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * Who may do what on the dev and test server, which runs the admin center: application staff are
 * not Liberty administrators, the metrics account only reads /metrics, and only the server
 * administrator reaches the admin center and the JMX REST connector.
 */
class ServerRolesIT {

    private static final String STAFF = AdminApi.basic(AdminApi.USER, AdminApi.PASSWORD);
    private static final String METRICS =
            AdminApi.basic(OpsHttps.METRICS_USER, OpsHttps.METRICS_PASSWORD);
    private static final String SERVER_ADMIN =
            AdminApi.basic(OpsHttps.SERVER_ADMIN, OpsHttps.SERVER_ADMIN_PASSWORD);

    /**
     * A REST connector operation (a POST: Administrator only, whatever the MBean). It names no real
     * MBean, so it changes nothing even for someone allowed to call it.
     */
    private static final String CONNECTOR_OPERATION =
            "/IBMJMXConnectorREST/mbeans/WebSphere%3Aname%3Dno-such-bean/operations/none";

    @Test
    void aStaffMemberReachesTheStaffApiButNeitherTheAdminCenterNorTheConnectorNorMetrics() {
        assertThat(AdminApi.get("/admin/api/audit-events?limit=1").statusCode()).isEqualTo(200);

        assertThat(
                        OpsHttps.adminCenterAs(OpsHttps.baseUrl(), AdminApi.USER, AdminApi.PASSWORD)
                                .statusCode())
                .isIn(401, 403);
        assertThat(OpsHttps.get("/IBMJMXConnectorREST/", STAFF).statusCode()).isIn(401, 403);
        assertThat(OpsHttps.get("/metrics", STAFF).statusCode()).isIn(401, 403);
    }

    @Test
    void theMetricsAccountReadsMetricsButNotTheStaffApiAndChangesNothingOnTheServer() {
        var scraped = OpsHttps.get("/metrics", METRICS);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("tariffbridge_connect_flows_total");

        var staffApi =
                ItServer.send(
                        ItServer.request("/admin/api/audit-events?limit=1")
                                .header("Authorization", METRICS)
                                .GET()
                                .build());
        assertThat(staffApi.statusCode()).isEqualTo(403);
        assertThat(
                        OpsHttps.send(
                                        HttpRequest.newBuilder(
                                                        URI.create(
                                                                OpsHttps.baseUrl()
                                                                        + CONNECTOR_OPERATION))
                                                .header("Authorization", METRICS)
                                                .header("Content-Type", "application/json")
                                                .POST(
                                                        HttpRequest.BodyPublishers.ofString(
                                                                "{\"params\":[],\"signature\":[]}"))
                                                .build())
                                .statusCode())
                .isIn(401, 403);
    }

    @Test
    void theServerAdministratorReachesTheAdminCenterAndTheConnectorButIsNotStaff() {
        var toolbox =
                OpsHttps.adminCenterAs(
                        OpsHttps.baseUrl(), OpsHttps.SERVER_ADMIN, OpsHttps.SERVER_ADMIN_PASSWORD);
        assertThat(toolbox.statusCode()).isEqualTo(200);
        assertThat(toolbox.body()).contains("toolBox_headerWidget");
        assertThat(OpsHttps.get("/IBMJMXConnectorREST/", SERVER_ADMIN).statusCode()).isEqualTo(200);

        var staffApi =
                ItServer.send(
                        ItServer.request("/admin/api/audit-events?limit=1")
                                .header("Authorization", SERVER_ADMIN)
                                .GET()
                                .build());
        assertThat(staffApi.statusCode()).isEqualTo(403);
    }
}
