package com.tariffbridge.admin.web;

import com.tariffbridge.connect.ConnectSessionFilter;
import com.tariffbridge.connect.ConnectSessionQueries;
import com.tariffbridge.connect.ConnectSessionRow;
import com.tariffbridge.connect.ConnectState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connect sessions, newest first, filtered by outcome, start day and supply point; a page at a
 * time.
 */
@Named
@RequestScoped
public class SessionsBacking {

    @Inject ConnectSessionQueries sessions;

    private String outcome;
    private String from;
    private String to;
    private String supplyPoint;
    private String page;
    private final List<String> problems = new ArrayList<>();
    private List<ConnectSessionRow> rows = List.of();
    private PageWindow window;

    public void load() {
        ConnectState state =
                Arrays.stream(ConnectState.values())
                        .filter(s -> s.name().equals(outcome))
                        .findFirst()
                        .orElse(null);
        if (state == null && outcome != null && !outcome.isBlank()) {
            problems.add("Unknown outcome; showing all outcomes.");
            outcome = null;
        }
        if (AdminDates.isBad(from) || AdminDates.isBad(to)) {
            problems.add("Dates look like 2026-11-27; the date filter that did not was left out.");
        }
        var filter =
                new ConnectSessionFilter(
                        state,
                        AdminDates.parse(from).orElse(null),
                        AdminDates.parse(to).orElse(null),
                        supplyPoint);
        window = PageWindow.of(page, sessions.count(filter));
        rows = sessions.page(filter, window.offset(), window.size());
    }

    public List<ConnectState> getStates() {
        return List.of(ConnectState.values());
    }

    public String labelOf(ConnectState state) {
        return OutcomeLabel.of(state);
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<ConnectSessionRow> getRows() {
        return rows;
    }

    public PageWindow getWindow() {
        return window;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSupplyPoint() {
        return supplyPoint;
    }

    public void setSupplyPoint(String supplyPoint) {
        this.supplyPoint = supplyPoint;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
