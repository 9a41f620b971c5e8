package com.tariffbridge.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A household with an account at the provider. Its sign-in lock is not here but per typed address
 * ({@link SignInLock}), so an address without an account locks the same way.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Column(unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** Only for the embedded store; a customer of the provider's IdP has none. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "idp_subject", unique = true)
    private String idpSubject;

    @Column(name = "billing_ref", unique = true)
    private String billingRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The BCP 47 tag of the language the customer's pages were shown in when they last signed in or
     * consented ({@link CustomerLanguages}); null until then. The renewal reminder speaks it.
     */
    @Column(name = "language", length = 16)
    private String language;

    @Version private long version;

    protected Customer() {}

    public Customer(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** A customer first seen signing in at the provider's IdP. */
    static Customer fromIdp(
            String subject, String billingRef, String displayName, String email, Instant now) {
        var customer = new Customer();
        customer.idpSubject = subject;
        customer.billingRef = billingRef;
        customer.displayName = displayName;
        customer.email = email == null ? null : normalise(email);
        customer.createdAt = now;
        return customer;
    }

    /** The IdP is the record of who this is: its subject, name and address replace ours. */
    void signedInAtIdp(String subject, String displayName, String email) {
        this.idpSubject = subject;
        this.displayName = displayName;
        if (email != null) {
            this.email = normalise(email);
        }
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String idpSubject() {
        return idpSubject;
    }

    /** The customer's language tag ("de"), or null when none is recorded. */
    public String getLanguage() {
        return language;
    }

    public String getBillingRef() {
        return billingRef;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
