package com.tariffbridge.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supply contract on one supply point. Only ACTIVE electricity contracts can be shared. */
@Entity
@Table(name = "contract")
public class Contract {

    public enum Status {
        ACTIVE,
        ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    private Long id;

    @Column(name = "supply_point_id", nullable = false)
    private long supplyPointId;

    @Column(nullable = false)
    private String commodity;

    @Column(name = "start_date", nullable = false)
    private Instant startDate;

    @Column(name = "end_date")
    private Instant endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_type", nullable = false)
    private TermType termType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected Contract() {}

    public Contract(
            long supplyPointId,
            String commodity,
            Instant startDate,
            Instant endDate,
            TermType termType,
            Status status) {
        this.supplyPointId = supplyPointId;
        this.commodity = commodity;
        this.startDate = startDate;
        this.endDate = endDate;
        this.termType = termType;
        this.status = status;
    }

    /**
     * Billing is the record of the term: a renewal moves the end date (or changes the term type).
     */
    void changeTerm(ContractTerm term) {
        this.startDate = term.start();
        this.endDate = term.end();
        this.termType = term.type();
    }

    public ContractTerm term() {
        return new ContractTerm(startDate, endDate, termType);
    }

    /** Ended by its status or because its end date has passed, whichever billing told us first. */
    public Status statusAt(Instant now) {
        return statusAt(status, endDate, now);
    }

    /** The same rule for readers that see the columns, not the entity (the poll hot path). */
    public static Status statusAt(Status stored, Instant end, Instant now) {
        return stored == Status.ACTIVE && end != null && !end.isAfter(now) ? Status.ENDED : stored;
    }

    public Long getId() {
        return id;
    }

    public Instant getEndDate() {
        return endDate;
    }

    public long getSupplyPointId() {
        return supplyPointId;
    }

    public Status getStatus() {
        return status;
    }
}
