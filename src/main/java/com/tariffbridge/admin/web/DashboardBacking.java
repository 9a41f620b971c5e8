package com.tariffbridge.admin.web;

import com.tariffbridge.audit.AuditEvent;
import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.billing.SyncRuns;
import com.tariffbridge.connect.ConnectSessionQueries;
import com.tariffbridge.connect.ConnectState;
import com.tariffbridge.token.GrantQueries;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The overview: how connect flows ended this week, how many connections are live, what happened
 * last.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** One outcome tile. */
    public record Outcome(ConnectState state, String label, long count) {}

    @Inject ConnectSessionQueries sessions;

    @Inject GrantQueries grants;

    @Inject AuditLog audit;

    @Inject SyncRuns runs;

    @Inject Clock clock;

    private List<Outcome> outcomes;
    private long activeConnections;
    private List<AuditEvent> latest;
    private SyncRunLine lastRun;

    @PostConstruct
    void load() {
        Map<ConnectState, Long> counts =
                sessions.countByState(clock.instant().minus(Duration.ofDays(7)));
        outcomes =
                List.of(
                                ConnectState.CONSENTED,
                                ConnectState.DISMISSED_LOGIN,
                                ConnectState.DISMISSED_CONSENT,
                                ConnectState.EXPIRED,
                                ConnectState.FAILED)
                        .stream()
                        .map(
                                state ->
                                        new Outcome(
                                                state,
                                                OutcomeLabel.of(state),
                                                counts.getOrDefault(state, 0L)))
                        .toList();
        activeConnections = grants.countActive();
        latest = audit.latest(8);
        lastRun = runs.recent(null, 1).stream().findFirst().map(SyncRunLine::new).orElse(null);
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    public long getActiveConnections() {
        return activeConnections;
    }

    public SyncRunLine getLastRun() {
        return lastRun;
    }

    public List<AuditEvent> getLatest() {
        return latest;
    }
}
