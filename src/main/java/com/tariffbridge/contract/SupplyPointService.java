package com.tariffbridge.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Which supplies a customer can share, and the details that go to FlatPeak for one of them. */
@ApplicationScoped
@Transactional
public class SupplyPointService {

    static final String ELECTRICITY = "ELECTRICITY";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject
    Clock clock;

    /** Supply points of this customer with an active electricity contract, in one query. */
    public List<SupplyOption> shareableSupplies(long customerId) {
        return em.createQuery("""
                        select sp from SupplyPoint sp
                        where sp.customerId = :customer
                          and exists (select 1 from Contract c where c.supplyPointId = sp.id
                                      and c.commodity = :commodity and c.status = :active)
                        order by sp.label, sp.id""", SupplyPoint.class)
                .setParameter("customer", customerId)
                .setParameter("commodity", ELECTRICITY)
                .setParameter("active", Contract.Status.ACTIVE)
                .getResultStream()
                .map(sp -> new SupplyOption(sp.getId(), sp.getReference(), sp.getLabel(),
                        sp.getAddress().singleLine()))
                .toList();
    }

    /** The supply with its current term, only if it belongs to this customer and is shareable. */
    public Optional<SharedSupply> sharedSupply(long customerId, long supplyPointId) {
        var supply = em.find(SupplyPoint.class, supplyPointId);
        if (supply == null || supply.getCustomerId() != customerId) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select c from Contract c where c.supplyPointId = :sp
                          and c.commodity = :commodity and c.status = :active
                        order by c.startDate desc""", Contract.class)
                .setParameter("sp", supplyPointId)
                .setParameter("commodity", ELECTRICITY)
                .setParameter("active", Contract.Status.ACTIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(c -> new SharedSupply(supply.getId(), supply.getReference(), supply.getAddress(), c.term()));
    }

    /**
     * The supply's reference and its latest electricity contract (active or ended), in one query. A
     * contract past its end date counts as ENDED even before billing says so.
     */
    public Optional<SupplyTerm> currentTerm(long supplyPointId) {
        return em.createQuery("""
                        select sp.reference, c from SupplyPoint sp, Contract c
                        where sp.id = :sp and c.supplyPointId = sp.id and c.commodity = :commodity
                        order by c.startDate desc""", Object[].class)
                .setParameter("sp", supplyPointId)
                .setParameter("commodity", ELECTRICITY)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new SupplyTerm((String) row[0], ((Contract) row[1]).term(),
                        ((Contract) row[1]).statusAt(clock.instant())));
    }
}
