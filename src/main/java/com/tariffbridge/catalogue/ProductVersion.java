package com.tariffbridge.catalogue;

import com.tariffbridge.tariff.Direction;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One version of a tariff product: its content as served (never changed once written) and when it
 * is in force. Only {@code validTo} moves: when the next version starts, or billing ends the
 * product.
 */
@Entity
@Table(name = "tariff_product_version")
public class ProductVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_product_version_seq")
    @SequenceGenerator(
            name = "tariff_product_version_seq",
            sequenceName = "tariff_product_version_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private String productId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false, length = 100_000)
    private String body;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "tariff_product_region", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "region_code")
    private Set<String> regions = new HashSet<>();

    protected ProductVersion() {}

    ProductVersion(
            String productId,
            int version,
            Direction direction,
            ProductContent content,
            Instant validFrom,
            Instant validTo,
            Instant now) {
        this.productId = productId;
        this.version = version;
        this.direction = direction;
        this.contentHash = content.hash();
        this.body = content.json();
        this.regions = new HashSet<>(content.regionCodes());
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = now;
    }

    ProductVersioning.Held held() {
        return new ProductVersioning.Held(version, contentHash, validFrom, validTo);
    }

    void endAt(Instant end) {
        this.validTo = end;
    }

    public Long getId() {
        return id;
    }

    public String getProductId() {
        return productId;
    }

    public int getVersion() {
        return version;
    }

    public String getBody() {
        return body;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }
}
