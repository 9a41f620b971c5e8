package com.tariffbridge.admin.web;

import com.tariffbridge.audit.AuditFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The audit log's filter as typed (page or CSV link): days are UTC, the "to" day included. */
public record AuditFilterForm(String type, String actor, String subject, String from, String to) {

    static AuditFilterForm of(HttpServletRequest request) {
        return new AuditFilterForm(
                request.getParameter("type"),
                request.getParameter("actor"),
                request.getParameter("subject"),
                request.getParameter("from"),
                request.getParameter("to"));
    }

    AuditFilter filter() {
        return new AuditFilter(
                type,
                actor,
                subject,
                AdminDates.parse(from)
                        .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .orElse(null),
                AdminDates.parse(to)
                        .map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                        .orElse(null));
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (AdminDates.isBad(from) || AdminDates.isBad(to)) {
            problems.add("Dates look like 2026-11-27; the date filter that did not was left out.");
        }
        return problems;
    }
}
