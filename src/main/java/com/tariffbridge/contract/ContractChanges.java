package com.tariffbridge.contract;

import com.tariffbridge.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Changes to a supply's electricity contract as billing reports them: an end date, or a renewal (a
 * new term after the old one). Grants and tokens are untouched, so FlatPeak keeps polling with the
 * same tokens and sees the new term on its next poll.
 */
@ApplicationScoped
@Transactional
public class ContractChanges {

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject AuditLog audit;

    /**
     * Sets when the latest contract ends (and, as a billing correction, when it started); empty
     * when the supply point has no electricity contract.
     */
    public Optional<ContractTerm> endAt(
            String supplyPointReference, Optional<Instant> start, Instant end) {
        return latest(supplyPointReference)
                .map(
                        c -> {
                            Instant from = start.orElse(c.term().start());
                            if (!end.isAfter(from)) {
                                throw new IllegalArgumentException(
                                        "the end must be after the contract start " + from);
                            }
                            c.setTerm(from, end);
                            audit.record(
                                    "CONTRACT_TERM_SET",
                                    "billing",
                                    "supply_point:" + supplyPointReference,
                                    "start=" + from + " end=" + end);
                            return c.term();
                        });
    }

    /**
     * A new fixed term from the old end (or {@code start} if the old one had none) until {@code
     * newEnd}.
     */
    public Optional<ContractTerm> renew(
            String supplyPointReference, Instant start, Instant newEnd) {
        return latest(supplyPointReference)
                .map(
                        old -> {
                            Instant from = old.getEndDate() != null ? old.getEndDate() : start;
                            if (!newEnd.isAfter(from) || !from.isAfter(old.term().start())) {
                                throw new IllegalArgumentException(
                                        "the renewed term must run from "
                                                + from
                                                + " to a later end");
                            }
                            old.close();
                            var renewed =
                                    new Contract(
                                            old.getSupplyPointId(),
                                            SupplyPointService.ELECTRICITY,
                                            from,
                                            newEnd,
                                            TermType.FIXED_TERM,
                                            Contract.Status.ACTIVE);
                            em.persist(renewed);
                            audit.record(
                                    "CONTRACT_RENEWED",
                                    "billing",
                                    "supply_point:" + supplyPointReference,
                                    "from=" + from + " end=" + newEnd);
                            return renewed.term();
                        });
    }

    private Optional<Contract> latest(String reference) {
        return em.createQuery(
                        """
                        select c from Contract c, CurrentContract k, SupplyPoint sp
                        where sp.reference = :ref and k.supplyPointId = sp.id and c.id = k.id""",
                        Contract.class)
                .setParameter("ref", reference)
                .getResultStream()
                .findFirst();
    }
}
