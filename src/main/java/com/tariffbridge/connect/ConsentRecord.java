package com.tariffbridge.connect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Evidence of a consent: who allowed which app to read which supply, under which terms, from where.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
    @SequenceGenerator(
            name = "consent_record_seq",
            sequenceName = "consent_record_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "connect_session_id", nullable = false, unique = true)
    private long connectSessionId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "supply_point_id", nullable = false)
    private long supplyPointId;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(name = "flatpeak_account_id", nullable = false)
    private String flatPeakAccountId;

    @Column(name = "flatpeak_account_name", nullable = false)
    private String flatPeakAccountName;

    @Column(name = "terms_version", nullable = false)
    private String termsVersion;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    @Column(name = "client_ip")
    private String clientIp;

    @Column(name = "user_agent")
    private String userAgent;

    protected ConsentRecord() {}

    ConsentRecord(
            ConnectSession session,
            long grantId,
            String termsVersion,
            Instant at,
            ClientInfo client) {
        this.connectSessionId = session.getId();
        this.customerId = session.getCustomerId();
        this.supplyPointId = session.getSupplyPointId();
        this.grantId = grantId;
        this.flatPeakAccountId = session.account().id();
        this.flatPeakAccountName = session.account().displayName();
        this.termsVersion = termsVersion;
        this.consentedAt = at;
        this.clientIp = client.ipAddress();
        this.userAgent = client.userAgent();
    }

    public long getGrantId() {
        return grantId;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public String getFlatPeakAccountName() {
        return flatPeakAccountName;
    }

    public String getClientIp() {
        return clientIp;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
