package com.tariffbridge.admin.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts tariff polls by the status they got. The poll is the hot path, so the filter costs one
 * array read and one increment: counters are looked up once per status and kept.
 */
@WebFilter(filterName = "tariffPollMetrics", urlPatterns = "/api/v1/tariff", asyncSupported = true)
public class TariffPollMetrics extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Metadata POLLS =
            AuditMetrics.described(
                    "tariffbridge.tariff.polls", "GET /api/v1/tariff answers, by HTTP status");

    private final transient AtomicReferenceArray<Counter> byStatus =
            new AtomicReferenceArray<>(600);

    @Inject transient MetricRegistry metrics;

    @Override
    public void init() {
        for (int status : new int[] {200, 304, 401, 429}) {
            counter(status);
        }
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            counter(failed ? 500 : response.getStatus()).inc();
        }
    }

    private Counter counter(int status) {
        int slot = status >= 100 && status < 600 ? status : 0;
        Counter counter = byStatus.get(slot);
        if (counter == null) {
            counter = metrics.counter(POLLS, new Tag("status", String.valueOf(status)));
            byStatus.set(slot, counter);
        }
        return counter;
    }
}
