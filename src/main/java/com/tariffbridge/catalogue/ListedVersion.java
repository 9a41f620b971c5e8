package com.tariffbridge.catalogue;

import java.time.Instant;

/** A version found by a catalogue query, without its body. */
record ListedVersion(long id, String productId, int version, Instant validFrom, Instant validTo) {

    static ListedVersion of(Object[] row) {
        return new ListedVersion(
                (Long) row[0],
                (String) row[1],
                (Integer) row[2],
                (Instant) row[3],
                (Instant) row[4]);
    }

    /** What the ETag hashes: the version, and its end, the one thing of it that may move. */
    String stamp() {
        return id + ":" + validTo;
    }
}
