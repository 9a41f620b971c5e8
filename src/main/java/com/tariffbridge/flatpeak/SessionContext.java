package com.tariffbridge.flatpeak;

/**
 * What FlatPeak tells us about a connect token: who asks, and where the browser goes afterwards.
 */
public record SessionContext(
        ConnectToken token, FlatPeakAccount account, String connectWebUri, boolean liveMode) {}
