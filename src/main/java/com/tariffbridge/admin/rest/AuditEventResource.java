package com.tariffbridge.admin.rest;

import com.tariffbridge.audit.AuditEvent;
import com.tariffbridge.audit.AuditLog;
import com.tariffbridge.platform.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code GET /admin/api/audit-events}: the newest audit events, newest first. */
@Path("audit-events")
@RolesAllowed("admin")
public class AuditEventResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    AuditLog auditLog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response latest(@QueryParam("limit") String limit) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? 100 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_LIMIT) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid_limit",
                    "limit must be a whole number from 1 to " + MAX_LIMIT + ".").toResponse().build();
        }
        List<AuditEventView> events = auditLog.latest(size).stream().map(AuditEventResource::view).toList();
        return Response.ok(events).header("Cache-Control", "no-store").build();
    }

    private static AuditEventView view(AuditEvent event) {
        return new AuditEventView(event.getId(), event.getOccurredAt(), event.getType(), event.getActor(),
                event.getSubject(), event.getDetail());
    }
}
