package com.tariffbridge.tariff.rest;

import com.tariffbridge.platform.rest.UnexpectedErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** {@code /api/*}: the Bearer-protected API FlatPeak polls. */
@ApplicationPath("api")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TariffResource.class, UnexpectedErrorMapper.class);
    }
}
