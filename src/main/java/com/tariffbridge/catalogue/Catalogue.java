package com.tariffbridge.catalogue;

import com.tariffbridge.platform.PublicUrl;
import com.tariffbridge.platform.Sha256;
import com.tariffbridge.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue as the API serves it. The ETag hashes the filter and the versions that
 * answer it (their ids and ends), so it changes exactly when the answer would, also when time
 * brings an announced version into force; a reader holding it gets a 304 before any body is read.
 */
@ApplicationScoped
public class Catalogue {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject CatalogueQueries queries;

    @Inject PublicUrl publicUrl;

    @Inject Clock clock;

    public CatalogueAnswer list(CatalogueFilter filter, String ifNoneMatch) {
        List<ListedVersion> found = queries.inForce(filter, at(filter.at()));
        boolean more = found.size() > filter.limit();
        List<ListedVersion> page = more ? found.subList(0, filter.limit()) : found;
        var key = new StringBuilder("list|").append(filter.key()).append('|').append(more);
        page.forEach(v -> key.append('|').append(v.stamp()));
        String etag = etag(key);
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return new CatalogueAnswer(etag, null);
        }
        Map<Long, String> bodies = queries.bodies(page.stream().map(ListedVersion::id).toList());
        var json = new StringBuilder(256 + bodies.values().stream().mapToInt(String::length).sum());
        json.append("{\"object\":\"list\",\"url\":\"/api/v1/tariff-products\",\"data\":[");
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            item(json, page.get(i), bodies.get(page.get(i).id()));
        }
        json.append("],\"has_more\":").append(more);
        if (filter.at() != null) {
            json.append(",\"at\":").append(text(filter.at().toString()));
        }
        return new CatalogueAnswer(etag, json.append('}').toString());
    }

    /** The product's version in force at {@code at} (null: now), if it has one then. */
    public Optional<CatalogueAnswer> product(String productId, Instant at, String ifNoneMatch) {
        return queries.inForce(productId, at(at))
                .map(
                        version -> {
                            String etag = etag(new StringBuilder("one|").append(version.stamp()));
                            if (EntityTags.matches(ifNoneMatch, etag)) {
                                return new CatalogueAnswer(etag, null);
                            }
                            var json = new StringBuilder();
                            item(
                                    json,
                                    version,
                                    queries.bodies(List.of(version.id())).get(version.id()));
                            return new CatalogueAnswer(etag, json.toString());
                        });
    }

    private Instant at(Instant asked) {
        return asked != null ? asked : clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void item(StringBuilder json, ListedVersion version, String body) {
        String id = version.productId();
        json.append("{\"object\":\"tariff_product\",\"id\":")
                .append(text(id))
                .append(",\"version\":")
                .append(version.version())
                .append(",\"valid_from\":")
                .append(text(rfc3339(version.validFrom())))
                .append(",\"valid_to\":")
                .append(version.validTo() == null ? "null" : text(rfc3339(version.validTo())))
                .append(",\"links\":{\"self\":")
                .append(text(publicUrl.resolve("/api/v1/tariff-products/" + id)))
                .append(",\"page\":")
                .append(text(publicUrl.resolve("/tariffs#product-" + id)))
                .append("},")
                // the stored body is a JSON object: its members follow ours
                .append(body, 1, body.length());
    }

    private static String etag(CharSequence key) {
        return '"' + Sha256.hex(key.toString()).substring(0, 32) + '"';
    }

    private static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String text(String value) {
        return JSON.createValue(value).toString();
    }
}
