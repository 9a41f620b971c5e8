package com.tariffbridge.platform;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The bounded batch of every purge: find at most {@code batch} candidate ids, then change exactly
 * those, so one transaction never locks more than a batch of rows.
 */
public final class IdBatches {

    private IdBatches() {}

    /** What {@code change} reports for the ids found (0 without calling it when none). */
    public static int apply(
            TypedQuery<Long> candidates, int batch, ToIntFunction<List<Long>> change) {
        List<Long> ids = candidates.setMaxResults(batch).getResultList();
        return ids.isEmpty() ? 0 : change.applyAsInt(ids);
    }
}
