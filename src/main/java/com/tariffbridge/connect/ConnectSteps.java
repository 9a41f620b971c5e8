package com.tariffbridge.connect;

import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.flatpeak.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Building blocks shared by the flow's steps: opening a flow (its own transaction, so a duplicate
 * token loses cleanly on the unique key), locking a flow and timing it out, and queueing the
 * decision for FlatPeak.
 */
@ApplicationScoped
public class ConnectSteps {

    @Inject ConnectSessionRepository sessions;

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject AuditLog audit;

    @Inject Clock clock;

    /** Fails on the unique connect token when another request opened the same token first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long open(SessionContext context, Instant now, Duration ttl) {
        var session = new ConnectSession(context, now, now.plus(ttl));
        sessions.add(session);
        audit.record(
                "CONNECT_STARTED",
                "flatpeak:" + context.account().id(),
                "connect:" + session.getId(),
                "live_mode=" + context.liveMode());
        return session.getId();
    }

    /** The flow, row-locked; an open flow past its deadline is moved to EXPIRED first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ConnectSession> locked(long flowId) {
        var session = sessions.lock(flowId);
        session.ifPresent(
                s -> {
                    if (s.isExpiredAt(clock.instant())) {
                        s.apply(ConnectEvent.TIMED_OUT, clock.instant());
                        audit.record("CONNECT_EXPIRED", "system", "connect:" + flowId, null);
                    }
                });
        return session;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectState dismiss(long flowId, ConnectEvent event) {
        var session = locked(flowId).orElse(null);
        if (session == null) {
            return ConnectState.FAILED;
        }
        if (session.apply(event, clock.instant())) {
            audit.record(
                    session.getState() == ConnectState.DISMISSED_LOGIN
                            ? "LOGIN_DISMISSED"
                            : "CONSENT_DISMISSED",
                    session.getCustomerId() == null
                            ? "anonymous"
                            : "customer:" + session.getCustomerId(),
                    "connect:" + flowId,
                    event.name());
            enqueueDecision(session);
        }
        return session.getState();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueDecision(ConnectSession session) {
        session.getState()
                .decision()
                .ifPresent(
                        decision ->
                                em.persist(
                                        new DecisionDelivery(
                                                session.getId(), decision, clock.instant())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.List<Long> openFlowsPastDeadline(int limit) {
        return sessions.openSessionsExpiredBy(clock.instant(), limit);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expireIfDue(long flowId) {
        return locked(flowId).map(s -> s.getState() == ConnectState.EXPIRED).orElse(false);
    }
}
