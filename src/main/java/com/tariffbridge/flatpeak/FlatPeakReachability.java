package com.tariffbridge.flatpeak;

/**
 * Whether FlatPeak's API answered a probe; when it did not, why, in words an operator can act on.
 */
public record FlatPeakReachability(boolean reachable, String reason) {

    public static FlatPeakReachability up() {
        return new FlatPeakReachability(true, null);
    }

    public static FlatPeakReachability down(String reason) {
        return new FlatPeakReachability(false, reason);
    }
}
