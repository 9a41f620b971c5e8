package com.tariffbridge.contract.rest;

import com.tariffbridge.contract.RenewalReminder;
import com.tariffbridge.contract.RenewalReminderService;
import com.tariffbridge.platform.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Operations on renewal reminders under {@code /admin/api}: run the daily job as of a date
 * ({@code POST reminder-runs?date=YYYY-MM-DD}, today without one) and list a supply point's
 * reminders ({@code GET reminders?supply_point=…}).
 */
@Path("")
@RolesAllowed("admin")
public class ReminderAdminResource {

    static final int MAX_DAYS_AWAY = 3660;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    RenewalReminderService reminders;

    @POST
    @Path("reminder-runs")
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(@QueryParam("date") String date) {
        LocalDate asOf;
        try {
            asOf = date == null || date.isBlank() ? reminders.today() : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid_date",
                    "date must be a calendar date as YYYY-MM-DD, for example 2026-12-25.").toResponse().build();
        }
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(reminders.today(), asOf)) > MAX_DAYS_AWAY) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid_date",
                    "date must lie within " + MAX_DAYS_AWAY + " days of today.").toResponse().build();
        }
        var run = reminders.runAsOf(asOf);
        return Response.ok(new ReminderRunView(run.asOf().toString(), run.queued(), run.grantsRevoked(), run.sent(),
                run.failed())).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("reminders")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("supply_point") String supplyPoint) {
        if (supplyPoint == null || !REFERENCE.matcher(supplyPoint).matches()) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid_supply_point",
                    "supply_point must be a supply point reference such as SP-1000-0001.").toResponse().build();
        }
        return reminders.remindersFor(supplyPoint)
                .map(list -> Response.ok(list.stream().map(ReminderAdminResource::view).toList())
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "unknown_supply_point",
                        "No supply point " + supplyPoint + ".").toResponse().build());
    }

    private static ReminderView view(RenewalReminder r) {
        return new ReminderView(r.getLeadDays(), r.getStatus().name(), r.getSentAt(), r.getContractEnd(),
                r.getAttempts(), r.getCreatedAt(), r.getLastError());
    }
}
