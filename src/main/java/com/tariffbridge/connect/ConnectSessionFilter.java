package com.tariffbridge.connect;

import java.time.LocalDate;

/**
 * Which connect sessions staff want to see: an outcome (state), start days (UTC, both included), a
 * supply point.
 */
public record ConnectSessionFilter(
        ConnectState state, LocalDate from, LocalDate to, String supplyPoint) {

    public ConnectSessionFilter {
        supplyPoint =
                supplyPoint == null || supplyPoint.isBlank() ? null : bounded(supplyPoint.strip());
    }

    private static String bounded(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }
}
