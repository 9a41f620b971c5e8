package com.tariffbridge.admin.web;

import com.tariffbridge.admin.StaffActions;
import com.tariffbridge.billing.SyncRuns;
import com.tariffbridge.billing.TariffSyncLauncher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Run now" on the sync runs page: a POST with the form's view state opens a run (audited with the
 * staff name) and goes to its progress; when a run is still going, to that run instead.
 */
@Named
@RequestScoped
public class RunNowBacking {

    @Inject StaffActions actions;

    @Inject TariffSyncLauncher launcher;

    @Inject SyncRuns runs;

    @Inject StaffSession staff;

    public String runNow() {
        var opened = actions.openSyncRun(staff.getName());
        if (opened.isPresent()) {
            // only after the run's row has committed, so the background worker finds it
            launcher.runInBackground(opened.get());
            return "/admin/sync-run?faces-redirect=true&id=" + opened.get();
        }
        // No running row visible yet: another click or server is opening its run at this moment.
        return runs.running()
                .map(run -> "/admin/sync-run?faces-redirect=true&busy=1&id=" + run.getId())
                .orElse("/admin/sync-runs?faces-redirect=true&busy=1");
    }
}
