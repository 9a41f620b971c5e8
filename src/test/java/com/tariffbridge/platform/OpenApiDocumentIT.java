package com.tariffbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.testsupport.ItServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What an integrator reads at /openapi and /openapi/ui. */
class OpenApiDocumentIT {

    @Test
    void openApiDocumentDescribesTheTariffAndTokenEndpointsWithAWorkedExample() throws Exception {
        HttpResponse<String> document =
                ItServer.http()
                        .send(
                                ItServer.request("/openapi?format=JSON").GET().build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("Tariff Bridge API")
                .contains("/api/v1/tariff")
                .contains("/oauth/token")
                .contains("/oauth/revoke")
                .contains("/api/v1/tariff-products")
                .contains("starting_after")
                .contains("EV Night Saver")
                .contains("consent_revoked");
    }

    @Test
    void openApiUiIsBrowsable() throws Exception {
        HttpResponse<String> ui =
                ItServer.http()
                        .send(
                                ItServer.request("/openapi/ui/").GET().build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("openapi");
    }
}
