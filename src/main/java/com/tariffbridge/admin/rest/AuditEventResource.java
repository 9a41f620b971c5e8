package com.tariffbridge.admin.rest;

import com.tariffbridge.audit.AuditEvent;
import com.tariffbridge.audit.AuditFilter;
import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.platform.RequestTimes;
import com.tariffbridge.platform.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /admin/api/audit-events}: the newest audit events, newest first, optionally only of
 * one {@code type}, of actors starting with {@code actor}, about one {@code subject}, or {@code
 * since} an instant (RFC 3339, e.g. 2026-11-27T08:00:00Z).
 */
@ApplicationScoped
@Path("audit-events")
@RolesAllowed("admin")
public class AuditEventResource {

    static final int MAX_LIMIT = 1000;

    @Inject AuditLog auditLog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response latest(
            @QueryParam("limit") String limit,
            @QueryParam("type") String type,
            @QueryParam("actor") String actor,
            @QueryParam("subject") String subject,
            @QueryParam("since") String since) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? 100 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_LIMIT) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "invalid_limit",
                            "limit must be a whole number from 1 to " + MAX_LIMIT + ".")
                    .toResponse()
                    .build();
        }
        Instant from = null;
        if (since != null && !since.isBlank()) {
            var parsed = RequestTimes.instant(since.strip());
            if (parsed.isEmpty()) {
                return Problem.of(
                                Response.Status.BAD_REQUEST,
                                "invalid_since",
                                "since must be an RFC 3339 instant such as 2026-11-27T08:00:00Z.")
                        .toResponse()
                        .build();
            }
            from = parsed.get();
        }
        var filter = new AuditFilter(type, actor, subject, from, null);
        List<AuditEventView> events =
                auditLog.search(filter, 0, size).stream().map(AuditEventResource::view).toList();
        return Response.ok(events).header("Cache-Control", "no-store").build();
    }

    private static AuditEventView view(AuditEvent event) {
        return new AuditEventView(
                event.getId(),
                event.getOccurredAt(),
                event.getType(),
                event.getActor(),
                event.getSubject(),
                event.getDetail());
    }
}
