package com.tariffbridge.catalogue.rest;

import com.tariffbridge.catalogue.CatalogueFilter;
import com.tariffbridge.platform.rest.Problem;
import com.tariffbridge.tariff.Direction;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The catalogue's query parameters, checked before any query: a bad one is a 400 problem naming it,
 * never an empty list that looks like an answer.
 */
final class CatalogueParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static final Pattern PRODUCT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,4}");

    /** Four-digit years only: far dates would only make a query no index can help. */
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}-.*");

    private CatalogueParameters() {}

    /** Thrown with the problem to answer. */
    static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        BadParameter(String code, String detail) {
            super(detail, null, false, false);
            this.problem = Problem.of(Response.Status.BAD_REQUEST, code, detail);
        }
    }

    static CatalogueFilter filter(
            String at, String region, String direction, String startingAfter, String limit) {
        if (region != null && !REGION.matcher(region).matches()) {
            throw new BadParameter(
                    "invalid_region",
                    "region must be a region code of 1 to 32 letters, digits, _ or -.");
        }
        Direction wanted = null;
        if (direction != null) {
            try {
                wanted = Direction.valueOf(direction.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadParameter("invalid_direction", "direction must be IMPORT or EXPORT.");
            }
        }
        if (startingAfter != null && !PRODUCT_ID.matcher(startingAfter).matches()) {
            throw new BadParameter(
                    "invalid_starting_after", "starting_after must be a product id from a page.");
        }
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            size = LIMIT.matcher(limit).matches() ? Integer.parseInt(limit) : -1;
            if (size < 1 || size > MAX_LIMIT) {
                throw new BadParameter(
                        "invalid_limit",
                        "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
            }
        }
        return new CatalogueFilter(at(at), region, wanted, startingAfter, size);
    }

    static Instant at(String at) {
        if (at == null) {
            return null;
        }
        try {
            if (!YEAR.matcher(at).matches()) {
                throw new DateTimeParseException("year", at, 0);
            }
            return OffsetDateTime.parse(at).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new BadParameter(
                    "invalid_at", "at must be an RFC 3339 date-time, e.g. 2026-12-01T00:00:00Z.");
        }
    }
}
