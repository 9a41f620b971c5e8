package com.tariffbridge.connect;

import com.tariffbridge.flatpeak.ConnectToken;
import com.tariffbridge.flatpeak.FlatPeakAccount;
import com.tariffbridge.flatpeak.SessionContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One run of the flow for one connect token; the token is unique, so it can start only one flow.
 */
@Entity
@Table(name = "connect_session")
public class ConnectSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "connect_session_seq")
    @SequenceGenerator(
            name = "connect_session_seq",
            sequenceName = "connect_session_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "connect_token", nullable = false, unique = true)
    private String connectToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConnectState state;

    @Column(name = "live_mode", nullable = false)
    private boolean liveMode;

    @Column(name = "flatpeak_account_id", nullable = false)
    private String accountId;

    @Column(name = "flatpeak_account_name", nullable = false)
    private String accountName;

    @Column(name = "logo_url")
    private String logoUrl;

    @Column(name = "terms_url")
    private String termsUrl;

    @Column(name = "privacy_url")
    private String privacyUrl;

    @Column(name = "support_url")
    private String supportUrl;

    @Column(name = "connect_web_uri", nullable = false)
    private String connectWebUri;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "supply_point_id")
    private Long supplyPointId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Version private long version;

    protected ConnectSession() {}

    ConnectSession(SessionContext context, Instant now, Instant expiresAt) {
        var account = context.account();
        this.connectToken = context.token().value();
        this.state = ConnectState.STARTED;
        this.liveMode = context.liveMode();
        this.accountId = account.id();
        this.accountName = truncate(account.displayName(), 200);
        this.logoUrl = httpsOrNull(account.logoUrl());
        this.termsUrl = httpsOrNull(account.termsUrl());
        this.privacyUrl = httpsOrNull(account.privacyUrl());
        this.supportUrl = httpsOrNull(account.supportUrl());
        this.connectWebUri = context.connectWebUri();
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Applies the event if the state machine allows it; false means "not the expected step". */
    boolean apply(ConnectEvent event, Instant now) {
        var next = state.on(event);
        if (next.isEmpty()) {
            return false;
        }
        state = next.get();
        updatedAt = now;
        return true;
    }

    boolean isExpiredAt(Instant now) {
        return !state.isTerminal() && !now.isBefore(expiresAt);
    }

    void signedInAs(long customer) {
        this.customerId = customer;
    }

    void chose(long supplyPoint) {
        this.supplyPointId = supplyPoint;
    }

    /**
     * Links shown to the customer must be web links; anything else (javascript:, data:) is dropped.
     */
    private static String httpsOrNull(String url) {
        if (url == null || url.length() > 1000) {
            return null;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public ConnectToken token() {
        return new ConnectToken(connectToken);
    }

    public ConnectState getState() {
        return state;
    }

    public FlatPeakAccount account() {
        return new FlatPeakAccount(
                accountId, accountName, logoUrl, termsUrl, privacyUrl, supportUrl);
    }

    public String getConnectWebUri() {
        return connectWebUri;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public boolean isLiveMode() {
        return liveMode;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
