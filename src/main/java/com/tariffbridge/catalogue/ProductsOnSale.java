package com.tariffbridge.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The products in force now, read for people (the {@code /tariffs} page). Versions never change
 * their content, so each is read once and kept by id; the page costs the same two queries as the
 * API.
 */
@ApplicationScoped
public class ProductsOnSale {

    /** More than a provider sells; the API pages beyond it. */
    static final int MAX_SHOWN = 200;

    private static final int MAX_CACHED = 2_000;

    @Inject CatalogueQueries queries;

    @Inject Clock clock;

    private final Map<Long, OfferedProduct> read = new ConcurrentHashMap<>();

    public List<OfferedProduct> now() {
        var found =
                queries.inForce(
                        new CatalogueFilter(null, null, null, null, MAX_SHOWN - 1),
                        clock.instant());
        if (read.size() + found.size() > MAX_CACHED) {
            read.clear();
        }
        var missing =
                found.stream().map(ListedVersion::id).filter(id -> !read.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            var bodies = queries.bodies(missing);
            found.stream()
                    .filter(v -> bodies.containsKey(v.id()))
                    .forEach(v -> read.put(v.id(), OfferedProduct.read(v, bodies.get(v.id()))));
        }
        return found.stream().map(v -> read.get(v.id())).filter(p -> p != null).toList();
    }
}
