package com.tariffbridge.catalogue.rest;

import com.tariffbridge.platform.rest.UnexpectedErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * {@code /api/v1/tariff-products/*}: the public catalogue, open to anyone. An application of its
 * own, because the tariff API's application (at {@code /api}) cannot name a catalogue class without
 * a cycle between the two features; the longer servlet path wins for these requests.
 */
@ApplicationPath("api/v1/tariff-products")
public class CatalogueApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TariffProductsResource.class, UnexpectedErrorMapper.class);
    }
}
