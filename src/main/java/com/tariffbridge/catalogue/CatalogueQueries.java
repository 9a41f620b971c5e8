package com.tariffbridge.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's reads, in two steps so a conditional request stops after the first: which
 * versions answer (one indexed query of small rows), then their bodies (one query by id).
 */
@ApplicationScoped
// a short transaction of its own: outside one, Liberty cannot enlist the connection that a Faces
// request (the /tariffs page) reads with
@Transactional
public class CatalogueQueries {

    private static final String LISTED =
            "select v.id, v.productId, v.version, v.validFrom, v.validTo from ProductVersion v ";
    private static final String IN_FORCE =
            "v.validFrom <= :at and (v.validTo is null or v.validTo > :at)";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    /** Up to {@code limit + 1} versions, so the caller can tell whether there are more. */
    List<ListedVersion> inForce(CatalogueFilter filter, Instant at) {
        var jpql =
                new StringBuilder(LISTED)
                        .append(filter.region() == null ? "" : "join v.regions r ")
                        .append("where ")
                        .append(IN_FORCE)
                        .append(filter.region() == null ? "" : " and r = :region")
                        .append(filter.direction() == null ? "" : " and v.direction = :direction")
                        .append(filter.after() == null ? "" : " and v.productId > :after")
                        .append(" order by v.productId");
        var query =
                em.createQuery(jpql.toString(), Object[].class)
                        .setParameter("at", at)
                        .setMaxResults(filter.limit() + 1);
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.direction() != null) {
            query.setParameter("direction", filter.direction());
        }
        if (filter.after() != null) {
            query.setParameter("after", filter.after());
        }
        return query.getResultList().stream().map(ListedVersion::of).toList();
    }

    Optional<ListedVersion> inForce(String productId, Instant at) {
        return em
                .createQuery(LISTED + "where v.productId = :id and " + IN_FORCE, Object[].class)
                .setParameter("id", productId)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(ListedVersion::of);
    }

    Map<Long, String> bodies(Collection<Long> ids) {
        Map<Long, String> bodies = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select v.id, v.body from ProductVersion v where v.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> bodies.put((Long) row[0], (String) row[1]));
        }
        return bodies;
    }
}
