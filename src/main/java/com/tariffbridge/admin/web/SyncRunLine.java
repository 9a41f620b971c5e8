package com.tariffbridge.admin.web;

import com.tariffbridge.billing.FailureCause;
import com.tariffbridge.billing.SyncRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sync run as the admin pages show it: progress as a bar and a percentage, failures by cause in
 * words.
 */
public record SyncRunLine(SyncRun run) {

    public boolean isRunning() {
        return run.getStatus() == SyncRun.Status.RUNNING;
    }

    /** The bar's maximum: a run with nothing to check is complete, not divided by zero. */
    public int getMax() {
        return Math.max(run.getTotal(), 1);
    }

    public int getValue() {
        return isRunning() ? Math.min(run.getChecked(), run.getTotal()) : getMax();
    }

    public int getPercent() {
        return (int) (100L * getValue() / getMax());
    }

    /** "unavailable 500, rejected 2": only the causes that happened; "none" for a clean run. */
    public String getFailures() {
        List<String> parts = new ArrayList<>();
        for (FailureCause cause : FailureCause.values()) {
            int count = run.failed(cause);
            if (count > 0) {
                parts.add(cause.name().replace('_', ' ').toLowerCase(Locale.ROOT) + " " + count);
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
