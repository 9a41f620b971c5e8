package com.tariffbridge.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of the tariff sync and its counts. While RUNNING it holds the single running slot (a
 * unique column), which is how runs never overlap, even across servers.
 */
@Entity
@Table(name = "sync_run")
public class SyncRun {

    public enum Status {
        RUNNING,
        FINISHED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_run_seq")
    @SequenceGenerator(name = "sync_run_seq", sequenceName = "sync_run_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "running_slot")
    private Integer runningSlot;

    @Column(name = "trigger_source", nullable = false)
    private String trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int checked;

    @Column(nullable = false)
    private int changed;

    @Column(nullable = false)
    private int failed;

    @Column(name = "failed_timeout", nullable = false)
    private int failedTimeout;

    @Column(name = "failed_circuit_open", nullable = false)
    private int failedCircuitOpen;

    @Column(name = "failed_unavailable", nullable = false)
    private int failedUnavailable;

    @Column(name = "failed_rejected", nullable = false)
    private int failedRejected;

    @Column(name = "last_error")
    private String lastError;

    protected SyncRun() {}

    SyncRun(String trigger, int total, Instant now) {
        this.status = Status.RUNNING;
        this.runningSlot = 1;
        this.trigger = trigger;
        this.total = total;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    void count(PageCounts counts, Instant now) {
        checked += counts.checked();
        changed += counts.changed();
        failedTimeout += counts.failed(FailureCause.TIMEOUT);
        failedCircuitOpen += counts.failed(FailureCause.CIRCUIT_OPEN);
        failedUnavailable += counts.failed(FailureCause.UNAVAILABLE);
        failedRejected += counts.failed(FailureCause.REJECTED);
        failed = failedTimeout + failedCircuitOpen + failedUnavailable + failedRejected;
        heartbeatAt = now;
    }

    /**
     * A run whose every supply point failed has synced nothing: FAILED, with the causes counted.
     */
    void finish(Instant now, String error) {
        boolean nothingSynced = checked > 0 && failed == checked;
        status = error != null || nothingSynced ? Status.FAILED : Status.FINISHED;
        lastError =
                error != null
                        ? truncate(error)
                        : nothingSynced ? "billing failed for every supply point" : null;
        finishedAt = now;
        heartbeatAt = now;
        runningSlot = null;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public String getTrigger() {
        return trigger;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getTotal() {
        return total;
    }

    public int getChecked() {
        return checked;
    }

    public int getChanged() {
        return changed;
    }

    public int getFailed() {
        return failed;
    }

    public int failed(FailureCause cause) {
        return switch (cause) {
            case TIMEOUT -> failedTimeout;
            case CIRCUIT_OPEN -> failedCircuitOpen;
            case UNAVAILABLE -> failedUnavailable;
            case REJECTED -> failedRejected;
        };
    }

    public String getLastError() {
        return lastError;
    }
}
