package com.tariffbridge.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence for the APIs: a framework error keeps its status (404, 405, 415 …) and a bug
 * becomes a 500 problem with an incident id that is also in the log; no stack trace leaves.
 */
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            int code = web.getResponse().getStatus();
            return new Problem(
                            "about:blank",
                            status == null ? "Error" : status.getReasonPhrase(),
                            code,
                            status == null
                                    ? "http_" + code
                                    : status.name().toLowerCase(java.util.Locale.ROOT),
                            "The request could not be served as sent.")
                    .toResponse()
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, error);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "internal_error",
                        "Something went wrong on our side (incident " + incident + ").")
                .toResponse()
                .build();
    }
}
