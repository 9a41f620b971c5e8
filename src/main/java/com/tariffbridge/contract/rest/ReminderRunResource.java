package com.tariffbridge.contract.rest;

import com.tariffbridge.contract.RenewalReminderService;
import com.tariffbridge.platform.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /admin/api/reminder-runs?date=YYYY-MM-DD}: the daily reminder job as of that date
 * (today without one).
 */
@ApplicationScoped
@Path("reminder-runs")
@RolesAllowed("admin")
public class ReminderRunResource {

    static final int MAX_DAYS_AWAY = 3660;

    @Inject RenewalReminderService reminders;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(@QueryParam("date") String date) {
        LocalDate asOf;
        try {
            asOf =
                    date == null || date.isBlank()
                            ? reminders.today()
                            : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "invalid_date",
                            "date must be a calendar date as YYYY-MM-DD, for example 2026-12-25.")
                    .toResponse()
                    .build();
        }
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(reminders.today(), asOf))
                > MAX_DAYS_AWAY) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "invalid_date",
                            "date must lie within " + MAX_DAYS_AWAY + " days of today.")
                    .toResponse()
                    .build();
        }
        var run = reminders.runAsOf(asOf);
        return Response.ok(
                        new ReminderRunView(
                                run.asOf().toString(),
                                run.queued(),
                                run.grantsRevoked(),
                                run.sent(),
                                run.failed()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
