package com.tariffbridge.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence for the APIs: a framework error keeps its status (404, 405, 415 …) and a
 * lost database connection is a 503 with Retry-After, and a bug becomes a 500 problem with an
 * incident id that is also in the log; no stack trace leaves.
 */
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    static final int RETRY_AFTER_SECONDS = 5;

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
        if (lostDatabase(error)) {
            // An outage, not a bug: one line (no stack trace per request) and a retry hint, so
            // FlatPeak's poller and a balancer back off instead of counting 500s.
            LOG.warning(() -> "Database unreachable, answering 503: " + rootMessage(error));
            return Problem.of(
                            Response.Status.SERVICE_UNAVAILABLE,
                            "service_unavailable",
                            "The service is briefly unavailable; try again in a few seconds.")
                    .toResponse()
                    .header("Retry-After", RETRY_AFTER_SECONDS)
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

    /**
     * Whether the cause chain says the database connection is gone: SQL state class 08 (connection
     * exception) or 57P (PostgreSQL: the server is shutting down or restarting), or the JDBC
     * connection exceptions themselves.
     */
    static boolean lostDatabase(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
