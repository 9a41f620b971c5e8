package com.tariffbridge.admin.metrics;

import com.tariffbridge.audit.AuditRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Business counters derived from the audit log, counted only once the change committed. Every audit
 * type is counted under {@code tariffbridge_audit_events_total{type}}, so new events (sync runs,
 * reminders) show up without code here; the named series below give the common questions their own
 * metric. A new named series is one more entry in a map.
 */
@ApplicationScoped
public class AuditMetrics {

    static final Metadata AUDIT_EVENTS =
            described(
                    "tariffbridge.audit.events",
                    "Audit events written, by type (committed changes only)");
    static final Metadata CONNECT_FLOWS =
            described("tariffbridge.connect.flows", "Connect flows started and ended, by outcome");
    static final Metadata TOKEN_REFRESHES =
            described(
                    "tariffbridge.token.refreshes",
                    "Refresh-token rotations that issued a new token pair");
    static final Metadata TOKEN_REUSE =
            described(
                    "tariffbridge.token.reuse.detections",
                    "Spent refresh tokens presented again (each revoked its grant)");

    /** Audit type → outcome of a connect flow. */
    private static final Map<String, String> CONNECT_OUTCOMES =
            Map.of(
                    "CONNECT_STARTED", "started",
                    "CONSENT_GIVEN", "consented",
                    "LOGIN_DISMISSED", "dismissed_login",
                    "CONSENT_DISMISSED", "dismissed_consent",
                    "CONNECT_EXPIRED", "expired");

    /** Audit type → a counter of its own. */
    private static final Map<String, Metadata> COUNTERS =
            Map.of(
                    "TOKEN_REFRESHED", TOKEN_REFRESHES,
                    "REFRESH_TOKEN_REUSE", TOKEN_REUSE);

    @Inject MetricRegistry metrics;

    /** Registers every named series at zero, so a scrape shows them before the first event. */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        CONNECT_OUTCOMES
                .values()
                .forEach(outcome -> metrics.counter(CONNECT_FLOWS, new Tag("outcome", outcome)));
        COUNTERS.values().forEach(metrics::counter);
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded event) {
        metrics.counter(AUDIT_EVENTS, new Tag("type", event.type())).inc();
        String outcome = CONNECT_OUTCOMES.get(event.type());
        if (outcome != null) {
            metrics.counter(CONNECT_FLOWS, new Tag("outcome", outcome)).inc();
        }
        Metadata counter = COUNTERS.get(event.type());
        if (counter != null) {
            metrics.counter(counter).inc();
        }
    }

    static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
