package com.tariffbridge.admin.web;

import com.tariffbridge.audit.AuditEvent;
import com.tariffbridge.audit.AuditFilter;
import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.connect.ConnectSessionDetail;
import com.tariffbridge.connect.ConnectSessionQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One connect session with every step it went through (its audit trail), its consent and FlatPeak's
 * notice.
 */
@Named
@RequestScoped
public class SessionDetailBacking {

    static final int MAX_STEPS = 200;

    @Inject ConnectSessionQueries sessions;

    @Inject AuditLog audit;

    private String id;
    private ConnectSessionDetail detail;
    private List<AuditEvent> steps = List.of();

    public void load() {
        long sessionId;
        try {
            sessionId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            return;
        }
        detail = sessions.detail(sessionId).orElse(null);
        if (detail != null) {
            steps =
                    new ArrayList<>(
                            audit.search(
                                    new AuditFilter(null, null, "connect:" + sessionId, null, null),
                                    0,
                                    MAX_STEPS));
            Collections.reverse(steps);
        }
    }

    public ConnectSessionDetail getDetail() {
        return detail;
    }

    public List<AuditEvent> getSteps() {
        return steps;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
