package com.tariffbridge.catalogue;

import com.tariffbridge.billing.BilledProduct;
import com.tariffbridge.billing.BilledProducts;
import com.tariffbridge.catalogue.ProductVersioning.Decision;
import com.tariffbridge.catalogue.ProductVersioning.Held;
import com.tariffbridge.tariff.Direction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the catalogue's versions from what billing sells ({@link ProductVersioning} decides), in
 * one transaction per refresh: one query for every product's latest version, then only the changes.
 * A product billing listed but described unusably keeps its versions as they are; one it no longer
 * lists (in a complete listing) ends now.
 */
@ApplicationScoped
@Transactional
public class ProductVersions {

    /** Announced versions one refresh may drop for a product: a handful at most in practice. */
    private static final int MAX_DROPS = 10;

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    public boolean isEmpty() {
        return em.createQuery("select count(v) from ProductVersion v", Long.class).getSingleResult()
                == 0;
    }

    public CatalogueChanges apply(BilledProducts billed, Instant now) {
        Map<String, ProductVersion> latest = new HashMap<>();
        em.createQuery(
                        "select v from ProductVersion v where v.version = (select max(w.version) "
                                + "from ProductVersion w where w.productId = v.productId)",
                        ProductVersion.class)
                .getResultStream()
                .forEach(v -> latest.put(v.getProductId(), v));
        int[] counts = new int[3];
        for (BilledProduct product : billed.products()) {
            var content = ProductContent.of(product);
            settle(
                    product.id(),
                    product.direction(),
                    content,
                    latest.remove(product.id()),
                    held ->
                            ProductVersioning.offered(
                                    held,
                                    content.hash(),
                                    product.validFrom(),
                                    product.validTo(),
                                    now),
                    now,
                    counts);
        }
        if (billed.complete()) {
            latest.keySet().removeAll(billed.refused().keySet());
            latest.forEach(
                    (id, version) ->
                            settle(
                                    id,
                                    null,
                                    null,
                                    version,
                                    held ->
                                            held == null
                                                    ? new ProductVersioning.Unchanged()
                                                    : ProductVersioning.withdrawn(held, now),
                                    now,
                                    counts));
        }
        return new CatalogueChanges(counts[0], counts[1], counts[2]);
    }

    private void settle(
            String productId,
            Direction direction,
            ProductContent content,
            ProductVersion latest,
            Function<Held, Decision> rule,
            Instant now,
            int[] counts) {
        int floor = latest == null ? 0 : latest.getVersion();
        for (int i = 0; i <= MAX_DROPS; i++) {
            Decision decision = rule.apply(latest == null ? null : latest.held());
            if (decision instanceof ProductVersioning.DropLatest && i < MAX_DROPS) {
                em.remove(latest);
                // deleted before a successor may take its valid_from (Hibernate inserts first)
                em.flush();
                counts[2]++;
                latest = previous(productId, latest.getVersion());
                continue;
            }
            if (decision instanceof ProductVersioning.Retime retime) {
                latest.endAt(retime.validTo());
                counts[1]++;
            } else if (decision instanceof ProductVersioning.Open open) {
                if (latest != null
                        && (latest.getValidTo() == null
                                || latest.getValidTo().isAfter(open.validFrom()))) {
                    latest.endAt(open.validFrom());
                }
                em.persist(
                        new ProductVersion(
                                productId,
                                floor + 1,
                                direction,
                                content,
                                open.validFrom(),
                                open.validTo(),
                                now));
                counts[0]++;
            }
            return;
        }
    }

    private ProductVersion previous(String productId, int version) {
        return em.createQuery(
                        "select v from ProductVersion v where v.productId = :id and v.version < :version "
                                + "order by v.version desc",
                        ProductVersion.class)
                .setParameter("id", productId)
                .setParameter("version", version)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
