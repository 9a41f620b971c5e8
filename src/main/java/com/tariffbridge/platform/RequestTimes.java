package com.tariffbridge.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Instants named in requests, as RFC 3339 writes them: four-digit years only. java.time also parses
 * signed years of up to nine digits ({@code +999999999-12-30T00:00:00Z}), which overflow local-date
 * arithmetic and PostgreSQL's timestamp range long after the parameter was checked; refusing them
 * while parsing keeps every later step in range.
 */
public final class RequestTimes {

    static final int MAX_LENGTH = 40;
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\S+");

    private RequestTimes() {}

    /** The instant, or empty when the text is not an RFC 3339 date-time with an offset. */
    public static Optional<Instant> instant(String text) {
        if (text == null
                || text.length() > MAX_LENGTH
                || !FOUR_DIGIT_YEAR.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
