package com.tariffbridge.admin.web;

import com.tariffbridge.contract.ReminderQueries;
import com.tariffbridge.contract.ReminderRow;
import com.tariffbridge.contract.RenewalReminder;
import com.tariffbridge.contract.UpcomingReminder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renewal reminders: what is coming (shared supplies whose contract ends within the longest lead),
 * or the reminders queued, sent or failed; by supply point, a page at a time.
 */
@Named
@RequestScoped
public class RemindersBacking {

    static final String UPCOMING = "upcoming";
    static final String ALL = "all";

    @Inject ReminderQueries reminders;

    private String show;
    private String supplyPoint;
    private String page;
    private final List<String> problems = new ArrayList<>();
    private List<UpcomingReminder> upcoming = List.of();
    private List<ReminderRow> rows = List.of();
    private PageWindow window;

    public void load() {
        RenewalReminder.Status status =
                Arrays.stream(RenewalReminder.Status.values())
                        .filter(s -> s.name().equals(show))
                        .findFirst()
                        .orElse(null);
        if (status == null && !ALL.equals(show)) {
            if (show != null && !show.isBlank() && !UPCOMING.equals(show)) {
                problems.add("Unknown choice; showing upcoming reminders.");
            }
            show = UPCOMING;
            window = PageWindow.of(page, reminders.countUpcoming(supplyPoint));
            upcoming = reminders.upcoming(supplyPoint, window.offset(), window.size());
            return;
        }
        window = PageWindow.of(page, reminders.countReminders(status, supplyPoint));
        rows = reminders.reminders(status, supplyPoint, window.offset(), window.size());
    }

    public boolean isUpcoming() {
        return UPCOMING.equals(show);
    }

    public List<RenewalReminder.Status> getStatuses() {
        return List.of(RenewalReminder.Status.values());
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<UpcomingReminder> getUpcomingRows() {
        return upcoming;
    }

    public List<ReminderRow> getRows() {
        return rows;
    }

    public PageWindow getWindow() {
        return window;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
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
