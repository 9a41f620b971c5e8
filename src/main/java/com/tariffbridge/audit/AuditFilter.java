package com.tariffbridge.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * Which audit events to show: type and subject match exactly, actor by its start ("staff:" finds
 * every staff action), time as a half-open range. Blank parts match everything; every part is
 * trimmed and bounded, so hostile input can only ever be a value to compare with.
 */
public record AuditFilter(String type, String actor, String subject, Instant from, Instant to) {

    static final int MAX_TEXT = 120;

    public AuditFilter {
        type = clean(type);
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
        actor = clean(actor);
        subject = clean(subject);
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= MAX_TEXT ? stripped : stripped.substring(0, MAX_TEXT);
    }

    /**
     * A LIKE pattern that matches values starting with {@code prefix}, wildcards in it taken
     * literally.
     */
    static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** How the filter reads in the audit log itself (for export events). */
    public String describe() {
        return "type="
                + (type == null ? "" : type)
                + " actor="
                + (actor == null ? "" : actor)
                + " subject="
                + (subject == null ? "" : subject)
                + " from="
                + (from == null ? "" : from)
                + " to="
                + (to == null ? "" : to);
    }
}
