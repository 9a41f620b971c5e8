package com.tariffbridge.admin.rest;

import com.tariffbridge.admin.StaffActions;
import com.tariffbridge.billing.SyncRuns;
import com.tariffbridge.billing.TariffSyncLauncher;
import com.tariffbridge.billing.schedule.TariffSyncTimer;
import com.tariffbridge.platform.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/**
 * {@code /admin/api/sync-runs}: start a tariff sync now (202 with its id; audited with the staff
 * name like the admin page's "Run now"), follow it, list recent runs newest first (keyset-paged
 * with {@code before}), and see when the timer runs next.
 */
@ApplicationScoped
@Path("sync-runs")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class SyncRunResource {

    static final int MAX_LIMIT = 100;
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @Inject StaffActions actions;

    @Inject TariffSyncLauncher launcher;

    @Inject SyncRuns runs;

    @Inject TariffSyncTimer timer;

    @POST
    public Response start(@Context UriInfo uri, @Context SecurityContext caller) {
        var opened = actions.openSyncRun(caller.getUserPrincipal().getName());
        if (opened.isEmpty()) {
            String running = runs.running().map(r -> " (run " + r.getId() + ")").orElse("");
            return Problem.of(
                            Response.Status.CONFLICT,
                            "sync_running",
                            "A sync run is still going"
                                    + running
                                    + "; follow it instead of starting another.")
                    .toResponse()
                    .build();
        }
        long id = opened.get();
        launcher.runInBackground(id);
        return Response.accepted(Json.createObjectBuilder().add("id", id).build().toString())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .location(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id}")
    public Response run(@PathParam("id") String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "invalid_id",
                            "A sync run id is a positive whole number.")
                    .toResponse()
                    .build();
        }
        return runs.find(Long.parseLong(id))
                .map(
                        run ->
                                Response.ok(SyncRunView.of(run))
                                        .header("Cache-Control", "no-store")
                                        .build())
                .orElseGet(
                        () ->
                                Problem.of(
                                                Response.Status.NOT_FOUND,
                                                "sync_run_not_found",
                                                "There is no sync run " + id + ".")
                                        .toResponse()
                                        .build());
    }

    @GET
    public Response recent(@QueryParam("limit") String limit, @QueryParam("before") String before) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? 20 : Integer.parseInt(limit.strip());
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
        if (before != null && !ID.matcher(before.strip()).matches()) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "invalid_before",
                            "before must be the id of a sync run (a positive whole number).")
                    .toResponse()
                    .build();
        }
        var page =
                runs.recent(before == null ? null : Long.parseLong(before.strip()), size).stream()
                        .map(SyncRunView::of)
                        .toList();
        Long next = page.size() == size ? page.get(page.size() - 1).id() : null;
        return Response.ok(new SyncRunsPage(page, next))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("schedule")
    public Response schedule() {
        var body = Json.createObjectBuilder().add("interval", timer.interval().toString());
        timer.nextRun()
                .ifPresentOrElse(
                        next -> body.add("next_run", next.toString()),
                        () -> body.addNull("next_run"));
        return Response.ok(body.build().toString()).header("Cache-Control", "no-store").build();
    }
}
