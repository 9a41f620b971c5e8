package com.tariffbridge.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Shows instants as the provider's customers read dates: "1 Jan 2027" in the provider's zone. */
@ApplicationScoped
public class CalendarDates {

    private final DateTimeFormatter format;

    @Inject
    public CalendarDates(
            @ConfigProperty(name = "tariffbridge.provider.zone", defaultValue = "Europe/London")
                    String zone) {
        this.format =
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.of(zone));
    }

    protected CalendarDates() {
        this.format = null;
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
