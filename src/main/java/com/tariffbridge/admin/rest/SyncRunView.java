package com.tariffbridge.admin.rest;

import com.tariffbridge.billing.FailureCause;
import com.tariffbridge.billing.SyncRun;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A sync run as the admin API shows it; {@code progress} is checked / total, 0 to 1. */
@JsonbPropertyOrder({
    "id",
    "status",
    "trigger",
    "started_at",
    "finished_at",
    "total",
    "checked",
    "changed",
    "failed",
    "progress",
    "failed_by_cause",
    "error"
})
public record SyncRunView(
        @JsonbProperty("id") long id,
        @JsonbProperty("status") String status,
        @JsonbProperty("trigger") String trigger,
        @JsonbProperty("started_at") Instant startedAt,
        @JsonbProperty("finished_at") Instant finishedAt,
        @JsonbProperty("total") int total,
        @JsonbProperty("checked") int checked,
        @JsonbProperty("changed") int changed,
        @JsonbProperty("failed") int failed,
        @JsonbProperty("progress") BigDecimal progress,
        @JsonbProperty("failed_by_cause") FailuresView failedByCause,
        @JsonbProperty("error") String error) {

    public record FailuresView(
            @JsonbProperty("timeout") int timeout,
            @JsonbProperty("circuit_open") int circuitOpen,
            @JsonbProperty("unavailable") int unavailable,
            @JsonbProperty("rejected") int rejected) {}

    static SyncRunView of(SyncRun run) {
        BigDecimal progress =
                run.getStatus() != SyncRun.Status.RUNNING || run.getTotal() == 0
                        ? BigDecimal.ONE
                        : BigDecimal.valueOf(Math.min(run.getChecked(), run.getTotal()))
                                .divide(BigDecimal.valueOf(run.getTotal()), 3, RoundingMode.DOWN);
        return new SyncRunView(
                run.getId(),
                run.getStatus().name(),
                run.getTrigger(),
                run.getStartedAt(),
                run.getFinishedAt(),
                run.getTotal(),
                run.getChecked(),
                run.getChanged(),
                run.getFailed(),
                progress,
                new FailuresView(
                        run.failed(FailureCause.TIMEOUT),
                        run.failed(FailureCause.CIRCUIT_OPEN),
                        run.failed(FailureCause.UNAVAILABLE),
                        run.failed(FailureCause.REJECTED)),
                run.getLastError());
    }
}
