package com.tariffbridge.billing;

import java.util.EnumMap;
import java.util.Map;

/** What one page of a sync run did: supply points checked, changed, and failed by cause. */
public record PageCounts(int checked, int changed, Map<FailureCause, Integer> failures) {

    public PageCounts {
        failures = failures.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(failures));
    }

    public int failed(FailureCause cause) {
        return failures.getOrDefault(cause, 0);
    }

    public int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
