package com.tariffbridge.housekeeping;

/** What one housekeeping run removed. */
public record HousekeepingRun(
        int successorsForgotten, int accessTokensPurged, int flowsPurged, int snapshotsPurged) {

    public int total() {
        return successorsForgotten + accessTokensPurged + flowsPurged + snapshotsPurged;
    }

    @Override
    public String toString() {
        return successorsForgotten
                + " sealed successors forgotten, "
                + accessTokensPurged
                + " expired access tokens, "
                + flowsPurged
                + " expired connect sessions and "
                + snapshotsPurged
                + " superseded tariff snapshots deleted";
    }
}
