package com.tariffbridge.admin.web;

import com.tariffbridge.billing.SyncRun;
import com.tariffbridge.billing.SyncRuns;
import com.tariffbridge.billing.schedule.TariffSyncTimer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tariff sync runs, newest first, filtered by status; a page at a time, with the timer's next run.
 */
@Named
@RequestScoped
public class SyncRunsBacking {

    @Inject SyncRuns runs;

    @Inject TariffSyncTimer timer;

    private String status;
    private String page;
    private String busy;
    private final List<String> problems = new ArrayList<>();
    private List<SyncRunLine> rows = List.of();
    private PageWindow window;
    private boolean running;

    public void load() {
        SyncRun.Status wanted =
                Arrays.stream(SyncRun.Status.values())
                        .filter(s -> s.name().equals(status))
                        .findFirst()
                        .orElse(null);
        if (wanted == null && status != null && !status.isBlank()) {
            problems.add("Unknown status; showing runs of every status.");
            status = null;
        }
        window = PageWindow.of(page, runs.count(wanted));
        rows =
                runs.page(wanted, window.offset(), window.size()).stream()
                        .map(SyncRunLine::new)
                        .toList();
        running = runs.running().isPresent();
    }

    public List<SyncRun.Status> getStatuses() {
        return List.of(SyncRun.Status.values());
    }

    /** While a run is going the page reloads itself, so its progress moves without script. */
    public boolean isRunning() {
        return running;
    }

    public Instant getNextRun() {
        return timer.nextRun().orElse(null);
    }

    public String getInterval() {
        return timer.interval().toString().substring(2).toLowerCase(Locale.ROOT);
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<SyncRunLine> getRows() {
        return rows;
    }

    public PageWindow getWindow() {
        return window;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Set when "Run now" found another run being opened at that moment and started none. */
    public boolean isBusyNotice() {
        return "1".equals(busy);
    }

    public String getBusy() {
        return busy;
    }

    public void setBusy(String busy) {
        this.busy = busy;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
