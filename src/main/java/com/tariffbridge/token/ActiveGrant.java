package com.tariffbridge.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * The grants that are active, as {@code token} publishes them to other features: which supply point
 * is shared now, and under which grant. Other features ask here ({@code from ActiveGrant g})
 * instead of reading {@code token_grant} and restating what "active" means; only {@code token}
 * knows the table. A read-only mapping over a subselect, so it needs no migration of its own.
 */
@Entity
@Immutable
@Subselect(
        "select g.id as grant_id, g.supply_point_id from token_grant g where g.status = 'ACTIVE'")
// A query on it must see grants issued or revoked earlier in the same transaction.
@Synchronize("token_grant")
public class ActiveGrant {

    @Id
    @Column(name = "grant_id")
    private Long grantId;

    @Column(name = "supply_point_id")
    private long supplyPointId;

    protected ActiveGrant() {}

    public Long getGrantId() {
        return grantId;
    }

    public long getSupplyPointId() {
        return supplyPointId;
    }
}
