package com.tariffbridge.contract;

import com.tariffbridge.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Which supplies a customer can share, and the details that go to FlatPeak for one of them. */
@ApplicationScoped
@Transactional
public class SupplyPointService {

    static final String ELECTRICITY = "ELECTRICITY";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject AuditLog audit;

    /** Supply points of this customer whose current contract is active, in one query. */
    public List<SupplyOption> shareableSupplies(long customerId) {
        return em.createQuery(
                        """
                        select sp from SupplyPoint sp
                        where sp.customerId = :customer
                          and exists (select 1 from CurrentContract c where c.supplyPointId = sp.id
                                      and c.status = :active)
                        order by sp.label, sp.id""",
                        SupplyPoint.class)
                .setParameter("customer", customerId)
                .setParameter("active", Contract.Status.ACTIVE)
                .getResultStream()
                .map(
                        sp ->
                                new SupplyOption(
                                        sp.getId(),
                                        sp.getReference(),
                                        sp.getLabel(),
                                        sp.getAddress().singleLine()))
                .toList();
    }

    /** The supply with its current term, only if it belongs to this customer and is shareable. */
    public Optional<SharedSupply> sharedSupply(long customerId, long supplyPointId) {
        var supply = em.find(SupplyPoint.class, supplyPointId);
        if (supply == null || supply.getCustomerId() != customerId) {
            return Optional.empty();
        }
        return current(supplyPointId)
                .filter(c -> c.getStatus() == Contract.Status.ACTIVE)
                .map(
                        c ->
                                new SharedSupply(
                                        supply.getId(),
                                        supply.getReference(),
                                        supply.getAddress(),
                                        c.term()));
    }

    /**
     * For the billing sync: reference, current contract term and address of each of these supply
     * points, in one query (supply points without an electricity contract are left out).
     */
    public List<SupplyOnRecord> onRecord(Collection<Long> supplyPointIds) {
        if (supplyPointIds.isEmpty()) {
            return List.of();
        }
        // scalars, not entities: a page of 500 would otherwise hydrate and track 1,000 entities
        return em.createQuery(
                        """
                        select sp.id, sp.reference, c.startDate, c.endDate, c.termType, sp.address.line1,
                               sp.address.line2, sp.address.city, sp.address.state, sp.address.postCode,
                               sp.address.countryCode
                        from SupplyPoint sp, CurrentContract c
                        where sp.id in :ids and c.supplyPointId = sp.id
                        order by sp.id""",
                        Object[].class)
                .setParameter("ids", supplyPointIds)
                .getResultStream()
                .map(
                        row ->
                                new SupplyOnRecord(
                                        (Long) row[0],
                                        (String) row[1],
                                        new ContractTerm(
                                                (Instant) row[2],
                                                (Instant) row[3],
                                                (TermType) row[4]),
                                        new PostalAddress(
                                                (String) row[5],
                                                (String) row[6],
                                                (String) row[7],
                                                (String) row[8],
                                                (String) row[9],
                                                (String) row[10])))
                .toList();
    }

    /**
     * Billing's view of a supply point wins: its latest electricity contract takes the billed term
     * (a renewal shows on the next poll) and the supply point the billed address. Audited.
     */
    public void applyBilled(
            long supplyPointId, ContractTerm term, PostalAddress address, String actor) {
        var supply = em.find(SupplyPoint.class, supplyPointId);
        if (supply == null) {
            return;
        }
        if (address != null && !address.equals(supply.getAddress())) {
            supply.moveTo(address);
            audit.record(
                    "SUPPLY_ADDRESS_SYNCED", actor, "supply_point=" + supply.getReference(), null);
        }
        if (term == null) {
            return;
        }
        current(supplyPointId)
                .filter(contract -> !contract.term().equals(term))
                .ifPresent(
                        contract -> {
                            contract.changeTerm(term);
                            audit.record(
                                    "CONTRACT_TERM_SYNCED",
                                    actor,
                                    "supply_point=" + supply.getReference(),
                                    "term_type="
                                            + term.type()
                                            + " start="
                                            + term.start()
                                            + " end="
                                            + term.end());
                        });
    }

    /**
     * Billing lists this supply point as the customer's: ours follows, created with its contract
     * when new, handed to the customer when billing says it is theirs now. Audited; returns its id.
     */
    public long adopt(
            long customerId,
            String reference,
            String label,
            PostalAddress address,
            ContractTerm term,
            boolean active,
            String actor) {
        var held =
                em.createQuery(
                                "select sp from SupplyPoint sp where sp.reference = :ref",
                                SupplyPoint.class)
                        .setParameter("ref", reference)
                        .getResultStream()
                        .findFirst();
        SupplyPoint supply;
        if (held.isEmpty()) {
            supply = new SupplyPoint(reference, customerId, label, address);
            em.persist(supply);
            audit.record("SUPPLY_POINT_LISTED", actor, "supply_point=" + reference, null);
        } else {
            supply = held.get();
            if (supply.getCustomerId() != customerId) {
                supply.ownedBy(customerId);
                audit.record(
                        "SUPPLY_OWNER_SYNCED",
                        actor,
                        "supply_point=" + reference,
                        "customer=" + customerId);
            }
            supply.relabel(label);
        }
        if (current(supply.getId()).isEmpty()) {
            em.persist(
                    new Contract(
                            supply.getId(),
                            ELECTRICITY,
                            term.start(),
                            term.end(),
                            term.type(),
                            active ? Contract.Status.ACTIVE : Contract.Status.ENDED));
            em.flush();
        }
        return supply.getId();
    }

    /**
     * The current contract of this supply point (see {@link CurrentContract}), to read or change.
     */
    public Optional<Contract> current(long supplyPointId) {
        return em.createQuery(
                        """
                        select c from Contract c, CurrentContract k
                        where k.supplyPointId = :sp and c.id = k.id""",
                        Contract.class)
                .setParameter("sp", supplyPointId)
                .getResultStream()
                .findFirst();
    }
}
