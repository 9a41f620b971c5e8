package com.tariffbridge.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on admin pages: to the second, in UTC, like the audit log and the date filters. */
@Named("adminTime")
@ApplicationScoped
public class AdminTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
