package com.tariffbridge.tariff.rest;

import com.tariffbridge.platform.rest.UnexpectedErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * {@code /api/*}: the Bearer-protected API FlatPeak polls. Also carries the OpenAPI document's
 * header.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Tariff Bridge API",
                        version = "1",
                        description =
                                "The provider side of a FlatPeak DIRECT integration: FlatPeak polls GET /api/v1/tariff with "
                                        + "the Bearer access token it received in auth_data at consent, and renews it at POST /oauth/token "
                                        + "(grant_type=refresh_token, HTTP Basic client authentication, refresh-token rotation)."))
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TariffResource.class, UnexpectedErrorMapper.class);
    }
}
