package com.tariffbridge.account;

import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.token.GrantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A customer's live connections in one query (grant, consent, FlatPeak account, supply, last poll,
 * current contract end from the contract package's {@code current_contract} view: a read model over
 * those tables), and revoking them. Every revocation checks the grant belongs to the customer
 * asking, whatever id the page sent.
 */
@ApplicationScoped
public class ConnectionsService {

    static final String REVOKED_BY_CUSTOMER = "revoked by the customer on the connections page";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject GrantService grants;

    @Transactional
    public List<Connection> of(long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                """
                        select g.id, g.flatpeak_account_id, cr.flatpeak_account_name, cs.logo_url, sp.reference,
                               sp.label, sp.address_line1, sp.address_line2, sp.city, sp.post_code, sp.country_code,
                               g.created_at, ps.last_polled_at, c.end_date
                        from token_grant g
                        join supply_point sp on sp.id = g.supply_point_id
                        left join consent_record cr on cr.grant_id = g.id
                        left join connect_session cs on cs.id = cr.connect_session_id
                        left join poll_state ps on ps.grant_id = g.id
                        left join current_contract c on c.supply_point_id = sp.id
                        where g.customer_id = ?1 and g.status = 'ACTIVE'
                        order by g.created_at desc, g.id desc""")
                        .setParameter(1, customerId)
                        .getResultList();
        return rows.stream().map(ConnectionsService::connection).toList();
    }

    /** Revokes one of this customer's grants; empty when the id is not a live grant of theirs. */
    @Transactional
    public Optional<Connection> revoke(long customerId, long grantId) {
        var connection = of(customerId).stream().filter(c -> c.grantId() == grantId).findFirst();
        connection.ifPresent(
                c -> grants.revokeGrant(grantId, "customer:" + customerId, REVOKED_BY_CUSTOMER));
        return connection;
    }

    @Transactional
    public int revokeAll(long customerId) {
        var all = of(customerId);
        all.forEach(
                c ->
                        grants.revokeGrant(
                                c.grantId(), "customer:" + customerId, REVOKED_BY_CUSTOMER));
        return all.size();
    }

    private static Connection connection(Object[] row) {
        String name = row[2] != null ? (String) row[2] : "FlatPeak account " + row[1];
        var address =
                new PostalAddress(
                        (String) row[6],
                        (String) row[7],
                        (String) row[8],
                        null,
                        (String) row[9],
                        (String) row[10]);
        return new Connection(
                ((Number) row[0]).longValue(),
                name,
                (String) row[3],
                (String) row[4],
                (String) row[5],
                address.singleLine(),
                instant(row[11]),
                instant(row[12]),
                instant(row[13]));
    }

    /** Native queries hand back timestamps as the driver likes; the page wants instants. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
