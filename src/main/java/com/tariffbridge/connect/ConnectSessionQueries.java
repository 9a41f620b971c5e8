package com.tariffbridge.connect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Read side of connect sessions for staff. The customer's e-mail and the supply point reference
 * come in the same query (joined on ids), so a page of sessions is one round trip, not one per row.
 */
@ApplicationScoped
@Transactional
public class ConnectSessionQueries {

    private static final String ROW =
            "select new com.tariffbridge.connect.ConnectSessionRow(s.id, s.state, "
                    + "s.accountName, c.email, sp.reference, s.createdAt, s.updatedAt) ";
    private static final String FROM =
            "from ConnectSession s left join Customer c on c.id = s.customerId "
                    + "left join SupplyPoint sp on sp.id = s.supplyPointId where 1 = 1";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    public List<ConnectSessionRow> page(ConnectSessionFilter filter, int offset, int limit) {
        return query(
                        ROW + FROM,
                        filter,
                        " order by s.createdAt desc, s.id desc",
                        ConnectSessionRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(ConnectSessionFilter filter) {
        return query("select count(s) " + FROM, filter, "", Long.class).getSingleResult();
    }

    /** How many sessions started since {@code since} are in each state: one grouped query. */
    public Map<ConnectState, Long> countByState(Instant since) {
        Map<ConnectState, Long> counts = new EnumMap<>(ConnectState.class);
        em.createQuery(
                        "select s.state, count(s) from ConnectSession s where s.createdAt >= :since group by s.state",
                        Object[].class)
                .setParameter("since", since)
                .getResultList()
                .forEach(row -> counts.put((ConnectState) row[0], (Long) row[1]));
        return counts;
    }

    public Optional<ConnectSessionDetail> detail(long id) {
        return em.createQuery(ROW + FROM + " and s.id = :id", ConnectSessionRow.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(
                        row ->
                                new ConnectSessionDetail(
                                        row,
                                        first(
                                                em.createQuery(
                                                                "select c from ConsentRecord c where c.connectSessionId = :id",
                                                                ConsentRecord.class)
                                                        .setParameter("id", id)),
                                        first(
                                                em.createQuery(
                                                                "select d from DecisionDelivery d where d.connectSessionId = :id",
                                                                DecisionDelivery.class)
                                                        .setParameter("id", id))));
    }

    private static <T> T first(TypedQuery<T> query) {
        return query.getResultStream().findFirst().orElse(null);
    }

    private <T> TypedQuery<T> query(
            String head, ConnectSessionFilter filter, String tail, Class<T> type) {
        var jpql = new StringBuilder(head);
        if (filter.state() != null) {
            jpql.append(" and s.state = :state");
        }
        if (filter.from() != null) {
            jpql.append(" and s.createdAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and s.createdAt < :to");
        }
        if (filter.supplyPoint() != null) {
            jpql.append(" and (sp.reference = :reference or sp.reference = :upper)");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            query.setParameter(
                    "to", filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.supplyPoint() != null) {
            query.setParameter("reference", filter.supplyPoint());
            query.setParameter("upper", filter.supplyPoint().toUpperCase(Locale.ROOT));
        }
        return query;
    }
}
