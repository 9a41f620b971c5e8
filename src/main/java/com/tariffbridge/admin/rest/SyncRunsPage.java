package com.tariffbridge.admin.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * A page of recent sync runs; pass {@code next_before} as {@code before} for the next (null: no
 * more).
 */
public record SyncRunsPage(
        @JsonbProperty("runs") List<SyncRunView> runs,
        @JsonbProperty("next_before") Long nextBefore) {}
