package com.tariffbridge.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * The current contract of a supply point: its latest-starting electricity contract, at most one per
 * supply point. This is the only statement of that rule; it lives in the {@value #VIEW} view
 * (migration V10) so that JPQL readers ({@code from CurrentContract k}) and SQL readers ({@code
 * join current_contract c on c.supply_point_id = ...}) ask here instead of restating it. Read-only:
 * changes go through {@link Contract}, whose id this shares.
 */
@Entity
@Immutable
@Table(name = CurrentContract.VIEW)
// A query on the view must see contract rows written earlier in the same transaction (a renewal).
@Synchronize("contract")
public class CurrentContract {

    /** The view's name, for readers over plain SQL. */
    public static final String VIEW = "current_contract";

    @Id private Long id;

    @Column(name = "supply_point_id")
    private long supplyPointId;

    @Column(name = "start_date")
    private Instant startDate;

    @Column(name = "end_date")
    private Instant endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_type")
    private TermType termType;

    @Enumerated(EnumType.STRING)
    private Contract.Status status;

    protected CurrentContract() {}

    /** The contract row itself, the one to change. */
    public Long getId() {
        return id;
    }

    public long getSupplyPointId() {
        return supplyPointId;
    }

    public ContractTerm term() {
        return new ContractTerm(startDate, endDate, termType);
    }

    public Contract.Status getStatus() {
        return status;
    }
}
