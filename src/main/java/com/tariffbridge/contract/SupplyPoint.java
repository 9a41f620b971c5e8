package com.tariffbridge.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A metered supply at an address. {@code reference} is the provider's own id, shared with FlatPeak.
 */
@Entity
@Table(name = "supply_point")
public class SupplyPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_point_seq")
    @SequenceGenerator(
            name = "supply_point_seq",
            sequenceName = "supply_point_seq",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private String label;

    @Embedded private PostalAddress address;

    protected SupplyPoint() {}

    public SupplyPoint(String reference, long customerId, String label, PostalAddress address) {
        this.reference = reference;
        this.customerId = customerId;
        this.label = label;
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getLabel() {
        return label;
    }

    void ownedBy(long customerId) {
        this.customerId = customerId;
    }

    void relabel(String label) {
        if (label != null && !label.isBlank()) {
            this.label = label;
        }
    }

    void moveTo(PostalAddress address) {
        this.address = address;
    }

    public PostalAddress getAddress() {
        return address;
    }
}
