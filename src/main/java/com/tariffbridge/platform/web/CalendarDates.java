package com.tariffbridge.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shows instants as the provider's customers read dates: calendar days in the provider's zone, in
 * the reader's language and pattern ("1 Jan 2027", "1. Januar 2027").
 */
@ApplicationScoped
public class CalendarDates {

    private final ZoneId zone;

    @Inject
    public CalendarDates(
            @ConfigProperty(name = "tariffbridge.provider.zone", defaultValue = "Europe/London")
                    String zone) {
        this.zone = ZoneId.of(zone);
    }

    protected CalendarDates() {
        this.zone = null;
    }

    /**
     * A calendar day that is already the provider's (a contract's end day), in the reader's
     * language and pattern.
     */
    public static String formatDay(LocalDate day, String pattern, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    public String format(Instant instant, String pattern, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(instant);
    }
}
