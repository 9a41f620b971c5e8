package com.tariffbridge.admin.web;

import com.tariffbridge.billing.SyncRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One sync run with its progress and counts; the page reloads itself while the run is going. */
@Named
@RequestScoped
public class SyncRunBacking {

    @Inject SyncRuns runs;

    private String id;
    private String busy;
    private SyncRunLine line;

    public void load() {
        if (id == null || !id.strip().matches("[1-9][0-9]{0,17}")) {
            return;
        }
        line = runs.find(Long.parseLong(id.strip())).map(SyncRunLine::new).orElse(null);
    }

    public SyncRunLine getLine() {
        return line;
    }

    /** Set when "Run now" found this run already going instead of starting another. */
    public boolean isBusyNotice() {
        return "1".equals(busy);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getBusy() {
        return busy;
    }

    public void setBusy(String busy) {
        this.busy = busy;
    }
}
