package com.tariffbridge.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Read side of grants for staff: search by the start of a customer's e-mail or of a supply point
 * reference. Prefix matches use the unique indexes on both columns; the join brings names in the
 * same query, so a page is one round trip.
 */
@ApplicationScoped
@Transactional
public class GrantQueries {

    static final int MAX_QUERY = 254;
    private static final String ROW =
            "select new com.tariffbridge.token.GrantRow(g.id, c.email, sp.reference, "
                    + "g.flatPeakAccountId, g.status, g.createdAt, g.revokedAt, g.revokedReason) ";
    private static final String FROM =
            "from Grant g join Customer c on c.id = g.customerId "
                    + "join SupplyPoint sp on sp.id = g.supplyPointId";
    private static final String MATCH =
            " where (c.email like :email escape '\\' or sp.reference like :reference "
                    + "escape '\\' or sp.reference like :upper escape '\\')";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    public List<GrantRow> search(String text, int offset, int limit) {
        return query(ROW + FROM, text, " order by g.createdAt desc, g.id desc", GrantRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(String text) {
        return query("select count(g) " + FROM, text, "", Long.class).getSingleResult();
    }

    public long countActive() {
        return em.createQuery("select count(g) from Grant g where g.status = :active", Long.class)
                .setParameter("active", Grant.Status.ACTIVE)
                .getSingleResult();
    }

    public Optional<GrantRow> find(long id) {
        return em.createQuery(ROW + FROM + " where g.id = :id", GrantRow.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    private <T> TypedQuery<T> query(String head, String text, String tail, Class<T> type) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return em.createQuery(head + tail, type);
        }
        if (typed.length() > MAX_QUERY) {
            typed = typed.substring(0, MAX_QUERY);
        }
        return em.createQuery(head + MATCH + tail, type)
                .setParameter("email", startsWith(typed.toLowerCase(Locale.ROOT)))
                .setParameter("reference", startsWith(typed))
                .setParameter("upper", startsWith(typed.toUpperCase(Locale.ROOT)));
    }

    private static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
