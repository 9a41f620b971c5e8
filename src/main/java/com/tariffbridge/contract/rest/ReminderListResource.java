package com.tariffbridge.contract.rest;

import com.tariffbridge.contract.RenewalReminder;
import com.tariffbridge.contract.RenewalReminderService;
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
import java.util.regex.Pattern;

/**
 * {@code GET /admin/api/reminders?supply_point=…}: a supply point's renewal reminders and their
 * delivery.
 */
@ApplicationScoped
@Path("reminders")
@RolesAllowed("admin")
public class ReminderListResource {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject RenewalReminderService reminders;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("supply_point") String supplyPoint) {
        if (supplyPoint == null || !REFERENCE.matcher(supplyPoint).matches()) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "invalid_supply_point",
                            "supply_point must be a supply point reference such as SP-1000-0001.")
                    .toResponse()
                    .build();
        }
        return reminders
                .remindersFor(supplyPoint)
                .map(
                        list ->
                                Response.ok(list.stream().map(ReminderListResource::view).toList())
                                        .header("Cache-Control", "no-store")
                                        .build())
                .orElseGet(
                        () ->
                                Problem.of(
                                                Response.Status.NOT_FOUND,
                                                "unknown_supply_point",
                                                "No supply point " + supplyPoint + ".")
                                        .toResponse()
                                        .build());
    }

    private static ReminderView view(RenewalReminder r) {
        return new ReminderView(
                r.getLeadDays(),
                r.getStatus().name(),
                r.getSentAt(),
                r.getContractEnd(),
                r.getAttempts(),
                r.getCreatedAt(),
                r.getLastError());
    }
}
